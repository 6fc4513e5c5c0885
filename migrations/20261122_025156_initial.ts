import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'de', 'fr', 'es', 'ar');
  CREATE TYPE "public"."enum_clinics_opening_hours_day" AS ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
  CREATE TYPE "public"."enum_clinics_languages_spoken" AS ENUM('en', 'de', 'fr', 'es', 'ar', 'it', 'pt', 'ru', 'tr', 'pl', 'nl', 'hi', 'ur', 'fa', 'zh');
  CREATE TYPE "public"."enum_clinics_currency" AS ENUM('GBP', 'EUR', 'AED', 'USD', 'CHF');
  CREATE TYPE "public"."enum_clinics_prescription_advertising_source" AS ENUM('country', 'override');
  CREATE TYPE "public"."enum_clinics_prescription_advertising_rule" AS ENUM('prohibited', 'allowed');
  CREATE TYPE "public"."enum_clinics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__clinics_v_version_opening_hours_day" AS ENUM('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday');
  CREATE TYPE "public"."enum__clinics_v_version_languages_spoken" AS ENUM('en', 'de', 'fr', 'es', 'ar', 'it', 'pt', 'ru', 'tr', 'pl', 'nl', 'hi', 'ur', 'fa', 'zh');
  CREATE TYPE "public"."enum__clinics_v_version_currency" AS ENUM('GBP', 'EUR', 'AED', 'USD', 'CHF');
  CREATE TYPE "public"."enum__clinics_v_version_prescription_advertising_source" AS ENUM('country', 'override');
  CREATE TYPE "public"."enum__clinics_v_version_prescription_advertising_rule" AS ENUM('prohibited', 'allowed');
  CREATE TYPE "public"."enum__clinics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__clinics_v_published_locale" AS ENUM('en', 'de', 'fr', 'es', 'ar');
  CREATE TYPE "public"."enum_treatments_lines_treated" AS ENUM('dynamic', 'static', 'volume-loss');
  CREATE TYPE "public"."enum_treatments_face_areas" AS ENUM('forehead', 'glabellar-lines', 'crows-feet', 'brow', 'under-eyes', 'cheeks', 'nasolabial-folds', 'lips', 'vertical-lip-lines', 'marionette-lines', 'chin', 'jawline', 'scars');
  CREATE TYPE "public"."enum_treatments_common_side_effects" AS ENUM('redness', 'swelling', 'bruising', 'tenderness', 'headache');
  CREATE TYPE "public"."enum_treatments_rare_risks" AS ENUM('eyelid-or-brow-droop', 'spread-of-effect', 'infection', 'allergic-reaction', 'lumps', 'vascular-occlusion', 'nerve-damage');
  CREATE TYPE "public"."enum_treatments_kind" AS ENUM('neuromodulator', 'dermal-filler', 'other');
  CREATE TYPE "public"."enum_treatments_mechanism" AS ENUM('relaxes-muscles', 'restores-volume', 'stimulates-collagen');
  CREATE TYPE "public"."enum_treatments_downtime" AS ENUM('none', 'minimal', 'a-few-days');
  CREATE TYPE "public"."enum_treatments_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatments_v_version_lines_treated" AS ENUM('dynamic', 'static', 'volume-loss');
  CREATE TYPE "public"."enum__treatments_v_version_face_areas" AS ENUM('forehead', 'glabellar-lines', 'crows-feet', 'brow', 'under-eyes', 'cheeks', 'nasolabial-folds', 'lips', 'vertical-lip-lines', 'marionette-lines', 'chin', 'jawline', 'scars');
  CREATE TYPE "public"."enum__treatments_v_version_common_side_effects" AS ENUM('redness', 'swelling', 'bruising', 'tenderness', 'headache');
  CREATE TYPE "public"."enum__treatments_v_version_rare_risks" AS ENUM('eyelid-or-brow-droop', 'spread-of-effect', 'infection', 'allergic-reaction', 'lumps', 'vascular-occlusion', 'nerve-damage');
  CREATE TYPE "public"."enum__treatments_v_version_kind" AS ENUM('neuromodulator', 'dermal-filler', 'other');
  CREATE TYPE "public"."enum__treatments_v_version_mechanism" AS ENUM('relaxes-muscles', 'restores-volume', 'stimulates-collagen');
  CREATE TYPE "public"."enum__treatments_v_version_downtime" AS ENUM('none', 'minimal', 'a-few-days');
  CREATE TYPE "public"."enum__treatments_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__treatments_v_published_locale" AS ENUM('en', 'de', 'fr', 'es', 'ar');
  CREATE TYPE "public"."enum_offerings_currency" AS ENUM('GBP', 'EUR', 'AED', 'USD', 'CHF');
  CREATE TYPE "public"."enum_practitioners_languages_spoken" AS ENUM('en', 'de', 'fr', 'es', 'ar', 'it', 'pt', 'ru', 'tr', 'pl', 'nl', 'hi', 'ur', 'fa', 'zh');
  CREATE TYPE "public"."enum_practitioners_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practitioners_v_version_languages_spoken" AS ENUM('en', 'de', 'fr', 'es', 'ar', 'it', 'pt', 'ru', 'tr', 'pl', 'nl', 'hi', 'ur', 'fa', 'zh');
  CREATE TYPE "public"."enum__practitioners_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__practitioners_v_published_locale" AS ENUM('en', 'de', 'fr', 'es', 'ar');
  CREATE TYPE "public"."enum_articles_tags" AS ENUM('botox', 'fillers', 'lips', 'safety', 'aftercare', 'consultation', 'comparison');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_tags" AS ENUM('botox', 'fillers', 'lips', 'safety', 'aftercare', 'consultation', 'comparison');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('en', 'de', 'fr', 'es', 'ar');
  CREATE TYPE "public"."enum_leads_preferred_contact" AS ENUM('email', 'phone', 'whatsapp');
  CREATE TYPE "public"."enum_leads_locale" AS ENUM('en', 'de', 'fr', 'es', 'ar');
  CREATE TYPE "public"."enum_leads_status" AS ENUM('new', 'contacted', 'consultation-booked', 'won', 'lost', 'spam');
  CREATE TYPE "public"."enum_users_memberships_role" AS ENUM('owner', 'editor', 'marketer');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'staff');
  CREATE TABLE "clinics_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_clinics_opening_hours_day",
  	"opens" varchar,
  	"closes" varchar
  );
  
  CREATE TABLE "clinics_languages_spoken" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_clinics_languages_spoken",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "clinics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"address_postal_code" varchar,
  	"address_country_code" varchar,
  	"geo_latitude" numeric,
  	"geo_longitude" numeric,
  	"phone" varchar,
  	"email" varchar,
  	"time_zone" varchar,
  	"currency" "enum_clinics_currency",
  	"hero_image_id" integer,
  	"logo_id" integer,
  	"lead_notification_email" varchar,
  	"custom_domain" varchar,
  	"prescription_advertising_source" "enum_clinics_prescription_advertising_source" DEFAULT 'country',
  	"prescription_advertising_rule" "enum_clinics_prescription_advertising_rule",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_clinics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "clinics_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"address_street" varchar,
  	"address_city" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_clinics_v_version_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" "enum__clinics_v_version_opening_hours_day",
  	"opens" varchar,
  	"closes" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_clinics_v_version_languages_spoken" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__clinics_v_version_languages_spoken",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_clinics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_address_postal_code" varchar,
  	"version_address_country_code" varchar,
  	"version_geo_latitude" numeric,
  	"version_geo_longitude" numeric,
  	"version_phone" varchar,
  	"version_email" varchar,
  	"version_time_zone" varchar,
  	"version_currency" "enum__clinics_v_version_currency",
  	"version_hero_image_id" integer,
  	"version_logo_id" integer,
  	"version_lead_notification_email" varchar,
  	"version_custom_domain" varchar,
  	"version_prescription_advertising_source" "enum__clinics_v_version_prescription_advertising_source" DEFAULT 'country',
  	"version_prescription_advertising_rule" "enum__clinics_v_version_prescription_advertising_rule",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__clinics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__clinics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_clinics_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_address_street" varchar,
  	"version_address_city" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "treatments_lines_treated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_treatments_lines_treated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "treatments_face_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_treatments_face_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "treatments_common_side_effects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_treatments_common_side_effects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "treatments_rare_risks" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_treatments_rare_risks",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "treatments_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "treatments_faq_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "treatments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"kind" "enum_treatments_kind",
  	"mechanism" "enum_treatments_mechanism",
  	"onset_first_effect_days" numeric,
  	"onset_full_effect_days" numeric,
  	"duration_months_min" numeric,
  	"duration_months_max" numeric,
  	"session_minutes_min" numeric,
  	"session_minutes_max" numeric,
  	"downtime" "enum_treatments_downtime",
  	"prescription_only" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_treatments_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "treatments_locales" (
  	"name" varchar,
  	"substance" varchar,
  	"summary" varchar,
  	"how_it_works" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_treatments_v_version_lines_treated" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__treatments_v_version_lines_treated",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_treatments_v_version_face_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__treatments_v_version_face_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_treatments_v_version_common_side_effects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__treatments_v_version_common_side_effects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_treatments_v_version_rare_risks" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__treatments_v_version_rare_risks",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_treatments_v_version_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_treatments_v_version_faq_locales" (
  	"question" varchar,
  	"answer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_treatments_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_kind" "enum__treatments_v_version_kind",
  	"version_mechanism" "enum__treatments_v_version_mechanism",
  	"version_onset_first_effect_days" numeric,
  	"version_onset_full_effect_days" numeric,
  	"version_duration_months_min" numeric,
  	"version_duration_months_max" numeric,
  	"version_session_minutes_min" numeric,
  	"version_session_minutes_max" numeric,
  	"version_downtime" "enum__treatments_v_version_downtime",
  	"version_prescription_only" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__treatments_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__treatments_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_treatments_v_locales" (
  	"version_name" varchar,
  	"version_substance" varchar,
  	"version_summary" varchar,
  	"version_how_it_works" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "offerings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"clinic_id" integer NOT NULL,
  	"treatment_id" integer NOT NULL,
  	"price_from" numeric NOT NULL,
  	"currency" "enum_offerings_currency",
  	"bookable" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "offerings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practitioners_id" integer
  );
  
  CREATE TABLE "practitioners_languages_spoken" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practitioners_languages_spoken",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "practitioners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"credentials_registration_body" varchar,
  	"credentials_registration_number" varchar,
  	"photo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_practitioners_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "practitioners_locales" (
  	"job_title" varchar,
  	"credentials_title" varchar,
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "practitioners_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clinics_id" integer,
  	"treatments_id" integer
  );
  
  CREATE TABLE "_practitioners_v_version_languages_spoken" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practitioners_v_version_languages_spoken",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practitioners_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_credentials_registration_body" varchar,
  	"version_credentials_registration_number" varchar,
  	"version_photo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__practitioners_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__practitioners_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_practitioners_v_locales" (
  	"version_job_title" varchar,
  	"version_credentials_title" varchar,
  	"version_bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_practitioners_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clinics_id" integer,
  	"treatments_id" integer
  );
  
  CREATE TABLE "articles_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_articles_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"author_id" integer,
  	"medical_review_reviewer_id" integer,
  	"medical_review_last_reviewed" timestamp(3) with time zone,
  	"clinic_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"excerpt" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_version_tags" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__articles_v_version_tags",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_author_id" integer,
  	"version_medical_review_reviewer_id" integer,
  	"version_medical_review_last_reviewed" timestamp(3) with time zone,
  	"version_clinic_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_excerpt" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"clinic_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "leads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"clinic_id" integer NOT NULL,
  	"treatment_id" integer,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"phone" varchar,
  	"preferred_contact" "enum_leads_preferred_contact" DEFAULT 'email',
  	"message" varchar,
  	"locale" "enum_leads_locale" NOT NULL,
  	"consent_version" varchar NOT NULL,
  	"consent_given_at" timestamp(3) with time zone NOT NULL,
  	"marketing_opt_in" boolean DEFAULT false,
  	"attribution_first_touch_utm_source" varchar,
  	"attribution_first_touch_utm_medium" varchar,
  	"attribution_first_touch_utm_campaign" varchar,
  	"attribution_first_touch_utm_term" varchar,
  	"attribution_first_touch_utm_content" varchar,
  	"attribution_first_touch_gclid" varchar,
  	"attribution_first_touch_fbclid" varchar,
  	"attribution_first_touch_referrer" varchar,
  	"attribution_first_touch_landing_page" varchar,
  	"attribution_first_touch_at" timestamp(3) with time zone,
  	"attribution_last_touch_utm_source" varchar,
  	"attribution_last_touch_utm_medium" varchar,
  	"attribution_last_touch_utm_campaign" varchar,
  	"attribution_last_touch_utm_term" varchar,
  	"attribution_last_touch_utm_content" varchar,
  	"attribution_last_touch_gclid" varchar,
  	"attribution_last_touch_fbclid" varchar,
  	"attribution_last_touch_referrer" varchar,
  	"attribution_last_touch_landing_page" varchar,
  	"attribution_last_touch_at" timestamp(3) with time zone,
  	"status" "enum_leads_status" DEFAULT 'new' NOT NULL,
  	"notes" varchar,
  	"idempotency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"clinic_id" integer NOT NULL,
  	"role" "enum_users_memberships_role" NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'staff' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"clinics_id" integer,
  	"treatments_id" integer,
  	"offerings_id" integer,
  	"practitioners_id" integer,
  	"articles_id" integer,
  	"media_id" integer,
  	"leads_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "clinics_opening_hours" ADD CONSTRAINT "clinics_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinics_languages_spoken" ADD CONSTRAINT "clinics_languages_spoken_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinics" ADD CONSTRAINT "clinics_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinics" ADD CONSTRAINT "clinics_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinics_locales" ADD CONSTRAINT "clinics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinics_v_version_opening_hours" ADD CONSTRAINT "_clinics_v_version_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clinics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinics_v_version_languages_spoken" ADD CONSTRAINT "_clinics_v_version_languages_spoken_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_clinics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinics_v" ADD CONSTRAINT "_clinics_v_parent_id_clinics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinics_v" ADD CONSTRAINT "_clinics_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinics_v" ADD CONSTRAINT "_clinics_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinics_v_locales" ADD CONSTRAINT "_clinics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clinics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_lines_treated" ADD CONSTRAINT "treatments_lines_treated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_face_areas" ADD CONSTRAINT "treatments_face_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_common_side_effects" ADD CONSTRAINT "treatments_common_side_effects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_rare_risks" ADD CONSTRAINT "treatments_rare_risks_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_faq" ADD CONSTRAINT "treatments_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_faq_locales" ADD CONSTRAINT "treatments_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatments_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "treatments_locales" ADD CONSTRAINT "treatments_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_lines_treated" ADD CONSTRAINT "_treatments_v_version_lines_treated_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_face_areas" ADD CONSTRAINT "_treatments_v_version_face_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_common_side_effects" ADD CONSTRAINT "_treatments_v_version_common_side_effects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_rare_risks" ADD CONSTRAINT "_treatments_v_version_rare_risks_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_faq" ADD CONSTRAINT "_treatments_v_version_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v_version_faq_locales" ADD CONSTRAINT "_treatments_v_version_faq_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatments_v_version_faq"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_treatments_v" ADD CONSTRAINT "_treatments_v_parent_id_treatments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_treatments_v_locales" ADD CONSTRAINT "_treatments_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_treatments_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offerings" ADD CONSTRAINT "offerings_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offerings" ADD CONSTRAINT "offerings_treatment_id_treatments_id_fk" FOREIGN KEY ("treatment_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "offerings_rels" ADD CONSTRAINT "offerings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offerings_rels" ADD CONSTRAINT "offerings_rels_practitioners_fk" FOREIGN KEY ("practitioners_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practitioners_languages_spoken" ADD CONSTRAINT "practitioners_languages_spoken_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practitioners" ADD CONSTRAINT "practitioners_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practitioners_locales" ADD CONSTRAINT "practitioners_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practitioners_rels" ADD CONSTRAINT "practitioners_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practitioners_rels" ADD CONSTRAINT "practitioners_rels_clinics_fk" FOREIGN KEY ("clinics_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "practitioners_rels" ADD CONSTRAINT "practitioners_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practitioners_v_version_languages_spoken" ADD CONSTRAINT "_practitioners_v_version_languages_spoken_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practitioners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practitioners_v" ADD CONSTRAINT "_practitioners_v_parent_id_practitioners_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practitioners_v" ADD CONSTRAINT "_practitioners_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practitioners_v_locales" ADD CONSTRAINT "_practitioners_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_practitioners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practitioners_v_rels" ADD CONSTRAINT "_practitioners_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practitioners_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practitioners_v_rels" ADD CONSTRAINT "_practitioners_v_rels_clinics_fk" FOREIGN KEY ("clinics_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practitioners_v_rels" ADD CONSTRAINT "_practitioners_v_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_tags" ADD CONSTRAINT "articles_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_practitioners_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_medical_review_reviewer_id_practitioners_id_fk" FOREIGN KEY ("medical_review_reviewer_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_tags" ADD CONSTRAINT "_articles_v_version_tags_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_practitioners_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_medical_review_reviewer_id_practitioners_id_fk" FOREIGN KEY ("version_medical_review_reviewer_id") REFERENCES "public"."practitioners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_clinic_id_clinics_id_fk" FOREIGN KEY ("version_clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_treatment_id_treatments_id_fk" FOREIGN KEY ("treatment_id") REFERENCES "public"."treatments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_clinic_id_clinics_id_fk" FOREIGN KEY ("clinic_id") REFERENCES "public"."clinics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_clinics_fk" FOREIGN KEY ("clinics_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_treatments_fk" FOREIGN KEY ("treatments_id") REFERENCES "public"."treatments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offerings_fk" FOREIGN KEY ("offerings_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_practitioners_fk" FOREIGN KEY ("practitioners_id") REFERENCES "public"."practitioners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "clinics_opening_hours_order_idx" ON "clinics_opening_hours" USING btree ("_order");
  CREATE INDEX "clinics_opening_hours_parent_id_idx" ON "clinics_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "clinics_languages_spoken_order_idx" ON "clinics_languages_spoken" USING btree ("order");
  CREATE INDEX "clinics_languages_spoken_parent_idx" ON "clinics_languages_spoken" USING btree ("parent_id");
  CREATE UNIQUE INDEX "clinics_slug_idx" ON "clinics" USING btree ("slug");
  CREATE INDEX "clinics_hero_image_idx" ON "clinics" USING btree ("hero_image_id");
  CREATE INDEX "clinics_logo_idx" ON "clinics" USING btree ("logo_id");
  CREATE UNIQUE INDEX "clinics_custom_domain_idx" ON "clinics" USING btree ("custom_domain");
  CREATE INDEX "clinics_updated_at_idx" ON "clinics" USING btree ("updated_at");
  CREATE INDEX "clinics_created_at_idx" ON "clinics" USING btree ("created_at");
  CREATE INDEX "clinics__status_idx" ON "clinics" USING btree ("_status");
  CREATE UNIQUE INDEX "clinics_locales_locale_parent_id_unique" ON "clinics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_clinics_v_version_opening_hours_order_idx" ON "_clinics_v_version_opening_hours" USING btree ("_order");
  CREATE INDEX "_clinics_v_version_opening_hours_parent_id_idx" ON "_clinics_v_version_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "_clinics_v_version_languages_spoken_order_idx" ON "_clinics_v_version_languages_spoken" USING btree ("order");
  CREATE INDEX "_clinics_v_version_languages_spoken_parent_idx" ON "_clinics_v_version_languages_spoken" USING btree ("parent_id");
  CREATE INDEX "_clinics_v_parent_idx" ON "_clinics_v" USING btree ("parent_id");
  CREATE INDEX "_clinics_v_version_version_slug_idx" ON "_clinics_v" USING btree ("version_slug");
  CREATE INDEX "_clinics_v_version_version_hero_image_idx" ON "_clinics_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_clinics_v_version_version_logo_idx" ON "_clinics_v" USING btree ("version_logo_id");
  CREATE INDEX "_clinics_v_version_version_custom_domain_idx" ON "_clinics_v" USING btree ("version_custom_domain");
  CREATE INDEX "_clinics_v_version_version_updated_at_idx" ON "_clinics_v" USING btree ("version_updated_at");
  CREATE INDEX "_clinics_v_version_version_created_at_idx" ON "_clinics_v" USING btree ("version_created_at");
  CREATE INDEX "_clinics_v_version_version__status_idx" ON "_clinics_v" USING btree ("version__status");
  CREATE INDEX "_clinics_v_created_at_idx" ON "_clinics_v" USING btree ("created_at");
  CREATE INDEX "_clinics_v_updated_at_idx" ON "_clinics_v" USING btree ("updated_at");
  CREATE INDEX "_clinics_v_snapshot_idx" ON "_clinics_v" USING btree ("snapshot");
  CREATE INDEX "_clinics_v_published_locale_idx" ON "_clinics_v" USING btree ("published_locale");
  CREATE INDEX "_clinics_v_latest_idx" ON "_clinics_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_clinics_v_locales_locale_parent_id_unique" ON "_clinics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "treatments_lines_treated_order_idx" ON "treatments_lines_treated" USING btree ("order");
  CREATE INDEX "treatments_lines_treated_parent_idx" ON "treatments_lines_treated" USING btree ("parent_id");
  CREATE INDEX "treatments_face_areas_order_idx" ON "treatments_face_areas" USING btree ("order");
  CREATE INDEX "treatments_face_areas_parent_idx" ON "treatments_face_areas" USING btree ("parent_id");
  CREATE INDEX "treatments_common_side_effects_order_idx" ON "treatments_common_side_effects" USING btree ("order");
  CREATE INDEX "treatments_common_side_effects_parent_idx" ON "treatments_common_side_effects" USING btree ("parent_id");
  CREATE INDEX "treatments_rare_risks_order_idx" ON "treatments_rare_risks" USING btree ("order");
  CREATE INDEX "treatments_rare_risks_parent_idx" ON "treatments_rare_risks" USING btree ("parent_id");
  CREATE INDEX "treatments_faq_order_idx" ON "treatments_faq" USING btree ("_order");
  CREATE INDEX "treatments_faq_parent_id_idx" ON "treatments_faq" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "treatments_faq_locales_locale_parent_id_unique" ON "treatments_faq_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "treatments_slug_idx" ON "treatments" USING btree ("slug");
  CREATE INDEX "treatments_updated_at_idx" ON "treatments" USING btree ("updated_at");
  CREATE INDEX "treatments_created_at_idx" ON "treatments" USING btree ("created_at");
  CREATE INDEX "treatments__status_idx" ON "treatments" USING btree ("_status");
  CREATE UNIQUE INDEX "treatments_locales_locale_parent_id_unique" ON "treatments_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_treatments_v_version_lines_treated_order_idx" ON "_treatments_v_version_lines_treated" USING btree ("order");
  CREATE INDEX "_treatments_v_version_lines_treated_parent_idx" ON "_treatments_v_version_lines_treated" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_version_face_areas_order_idx" ON "_treatments_v_version_face_areas" USING btree ("order");
  CREATE INDEX "_treatments_v_version_face_areas_parent_idx" ON "_treatments_v_version_face_areas" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_version_common_side_effects_order_idx" ON "_treatments_v_version_common_side_effects" USING btree ("order");
  CREATE INDEX "_treatments_v_version_common_side_effects_parent_idx" ON "_treatments_v_version_common_side_effects" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_version_rare_risks_order_idx" ON "_treatments_v_version_rare_risks" USING btree ("order");
  CREATE INDEX "_treatments_v_version_rare_risks_parent_idx" ON "_treatments_v_version_rare_risks" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_version_faq_order_idx" ON "_treatments_v_version_faq" USING btree ("_order");
  CREATE INDEX "_treatments_v_version_faq_parent_id_idx" ON "_treatments_v_version_faq" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_treatments_v_version_faq_locales_locale_parent_id_unique" ON "_treatments_v_version_faq_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_treatments_v_parent_idx" ON "_treatments_v" USING btree ("parent_id");
  CREATE INDEX "_treatments_v_version_version_slug_idx" ON "_treatments_v" USING btree ("version_slug");
  CREATE INDEX "_treatments_v_version_version_updated_at_idx" ON "_treatments_v" USING btree ("version_updated_at");
  CREATE INDEX "_treatments_v_version_version_created_at_idx" ON "_treatments_v" USING btree ("version_created_at");
  CREATE INDEX "_treatments_v_version_version__status_idx" ON "_treatments_v" USING btree ("version__status");
  CREATE INDEX "_treatments_v_created_at_idx" ON "_treatments_v" USING btree ("created_at");
  CREATE INDEX "_treatments_v_updated_at_idx" ON "_treatments_v" USING btree ("updated_at");
  CREATE INDEX "_treatments_v_snapshot_idx" ON "_treatments_v" USING btree ("snapshot");
  CREATE INDEX "_treatments_v_published_locale_idx" ON "_treatments_v" USING btree ("published_locale");
  CREATE INDEX "_treatments_v_latest_idx" ON "_treatments_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_treatments_v_locales_locale_parent_id_unique" ON "_treatments_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "offerings_clinic_idx" ON "offerings" USING btree ("clinic_id");
  CREATE INDEX "offerings_treatment_idx" ON "offerings" USING btree ("treatment_id");
  CREATE INDEX "offerings_updated_at_idx" ON "offerings" USING btree ("updated_at");
  CREATE INDEX "offerings_created_at_idx" ON "offerings" USING btree ("created_at");
  CREATE UNIQUE INDEX "clinic_treatment_idx" ON "offerings" USING btree ("clinic_id","treatment_id");
  CREATE INDEX "offerings_rels_order_idx" ON "offerings_rels" USING btree ("order");
  CREATE INDEX "offerings_rels_parent_idx" ON "offerings_rels" USING btree ("parent_id");
  CREATE INDEX "offerings_rels_path_idx" ON "offerings_rels" USING btree ("path");
  CREATE INDEX "offerings_rels_practitioners_id_idx" ON "offerings_rels" USING btree ("practitioners_id");
  CREATE INDEX "practitioners_languages_spoken_order_idx" ON "practitioners_languages_spoken" USING btree ("order");
  CREATE INDEX "practitioners_languages_spoken_parent_idx" ON "practitioners_languages_spoken" USING btree ("parent_id");
  CREATE UNIQUE INDEX "practitioners_slug_idx" ON "practitioners" USING btree ("slug");
  CREATE INDEX "practitioners_photo_idx" ON "practitioners" USING btree ("photo_id");
  CREATE INDEX "practitioners_updated_at_idx" ON "practitioners" USING btree ("updated_at");
  CREATE INDEX "practitioners_created_at_idx" ON "practitioners" USING btree ("created_at");
  CREATE INDEX "practitioners__status_idx" ON "practitioners" USING btree ("_status");
  CREATE UNIQUE INDEX "practitioners_locales_locale_parent_id_unique" ON "practitioners_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "practitioners_rels_order_idx" ON "practitioners_rels" USING btree ("order");
  CREATE INDEX "practitioners_rels_parent_idx" ON "practitioners_rels" USING btree ("parent_id");
  CREATE INDEX "practitioners_rels_path_idx" ON "practitioners_rels" USING btree ("path");
  CREATE INDEX "practitioners_rels_clinics_id_idx" ON "practitioners_rels" USING btree ("clinics_id");
  CREATE INDEX "practitioners_rels_treatments_id_idx" ON "practitioners_rels" USING btree ("treatments_id");
  CREATE INDEX "_practitioners_v_version_languages_spoken_order_idx" ON "_practitioners_v_version_languages_spoken" USING btree ("order");
  CREATE INDEX "_practitioners_v_version_languages_spoken_parent_idx" ON "_practitioners_v_version_languages_spoken" USING btree ("parent_id");
  CREATE INDEX "_practitioners_v_parent_idx" ON "_practitioners_v" USING btree ("parent_id");
  CREATE INDEX "_practitioners_v_version_version_slug_idx" ON "_practitioners_v" USING btree ("version_slug");
  CREATE INDEX "_practitioners_v_version_version_photo_idx" ON "_practitioners_v" USING btree ("version_photo_id");
  CREATE INDEX "_practitioners_v_version_version_updated_at_idx" ON "_practitioners_v" USING btree ("version_updated_at");
  CREATE INDEX "_practitioners_v_version_version_created_at_idx" ON "_practitioners_v" USING btree ("version_created_at");
  CREATE INDEX "_practitioners_v_version_version__status_idx" ON "_practitioners_v" USING btree ("version__status");
  CREATE INDEX "_practitioners_v_created_at_idx" ON "_practitioners_v" USING btree ("created_at");
  CREATE INDEX "_practitioners_v_updated_at_idx" ON "_practitioners_v" USING btree ("updated_at");
  CREATE INDEX "_practitioners_v_snapshot_idx" ON "_practitioners_v" USING btree ("snapshot");
  CREATE INDEX "_practitioners_v_published_locale_idx" ON "_practitioners_v" USING btree ("published_locale");
  CREATE INDEX "_practitioners_v_latest_idx" ON "_practitioners_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_practitioners_v_locales_locale_parent_id_unique" ON "_practitioners_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_practitioners_v_rels_order_idx" ON "_practitioners_v_rels" USING btree ("order");
  CREATE INDEX "_practitioners_v_rels_parent_idx" ON "_practitioners_v_rels" USING btree ("parent_id");
  CREATE INDEX "_practitioners_v_rels_path_idx" ON "_practitioners_v_rels" USING btree ("path");
  CREATE INDEX "_practitioners_v_rels_clinics_id_idx" ON "_practitioners_v_rels" USING btree ("clinics_id");
  CREATE INDEX "_practitioners_v_rels_treatments_id_idx" ON "_practitioners_v_rels" USING btree ("treatments_id");
  CREATE INDEX "articles_tags_order_idx" ON "articles_tags" USING btree ("order");
  CREATE INDEX "articles_tags_parent_idx" ON "articles_tags" USING btree ("parent_id");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_medical_review_medical_review_reviewer_idx" ON "articles" USING btree ("medical_review_reviewer_id");
  CREATE INDEX "articles_clinic_idx" ON "articles" USING btree ("clinic_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_version_tags_order_idx" ON "_articles_v_version_tags" USING btree ("order");
  CREATE INDEX "_articles_v_version_tags_parent_idx" ON "_articles_v_version_tags" USING btree ("parent_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_medical_review_version_medical_revie_idx" ON "_articles_v" USING btree ("version_medical_review_reviewer_id");
  CREATE INDEX "_articles_v_version_version_clinic_idx" ON "_articles_v" USING btree ("version_clinic_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_clinic_idx" ON "media" USING btree ("clinic_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "leads_clinic_idx" ON "leads" USING btree ("clinic_id");
  CREATE INDEX "leads_treatment_idx" ON "leads" USING btree ("treatment_id");
  CREATE INDEX "leads_email_idx" ON "leads" USING btree ("email");
  CREATE INDEX "leads_status_idx" ON "leads" USING btree ("status");
  CREATE UNIQUE INDEX "leads_idempotency_key_idx" ON "leads" USING btree ("idempotency_key");
  CREATE INDEX "leads_updated_at_idx" ON "leads" USING btree ("updated_at");
  CREATE INDEX "leads_created_at_idx" ON "leads" USING btree ("created_at");
  CREATE INDEX "users_memberships_order_idx" ON "users_memberships" USING btree ("_order");
  CREATE INDEX "users_memberships_parent_id_idx" ON "users_memberships" USING btree ("_parent_id");
  CREATE INDEX "users_memberships_clinic_idx" ON "users_memberships" USING btree ("clinic_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_clinics_id_idx" ON "payload_locked_documents_rels" USING btree ("clinics_id");
  CREATE INDEX "payload_locked_documents_rels_treatments_id_idx" ON "payload_locked_documents_rels" USING btree ("treatments_id");
  CREATE INDEX "payload_locked_documents_rels_offerings_id_idx" ON "payload_locked_documents_rels" USING btree ("offerings_id");
  CREATE INDEX "payload_locked_documents_rels_practitioners_id_idx" ON "payload_locked_documents_rels" USING btree ("practitioners_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_leads_id_idx" ON "payload_locked_documents_rels" USING btree ("leads_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "clinics_opening_hours" CASCADE;
  DROP TABLE "clinics_languages_spoken" CASCADE;
  DROP TABLE "clinics" CASCADE;
  DROP TABLE "clinics_locales" CASCADE;
  DROP TABLE "_clinics_v_version_opening_hours" CASCADE;
  DROP TABLE "_clinics_v_version_languages_spoken" CASCADE;
  DROP TABLE "_clinics_v" CASCADE;
  DROP TABLE "_clinics_v_locales" CASCADE;
  DROP TABLE "treatments_lines_treated" CASCADE;
  DROP TABLE "treatments_face_areas" CASCADE;
  DROP TABLE "treatments_common_side_effects" CASCADE;
  DROP TABLE "treatments_rare_risks" CASCADE;
  DROP TABLE "treatments_faq" CASCADE;
  DROP TABLE "treatments_faq_locales" CASCADE;
  DROP TABLE "treatments" CASCADE;
  DROP TABLE "treatments_locales" CASCADE;
  DROP TABLE "_treatments_v_version_lines_treated" CASCADE;
  DROP TABLE "_treatments_v_version_face_areas" CASCADE;
  DROP TABLE "_treatments_v_version_common_side_effects" CASCADE;
  DROP TABLE "_treatments_v_version_rare_risks" CASCADE;
  DROP TABLE "_treatments_v_version_faq" CASCADE;
  DROP TABLE "_treatments_v_version_faq_locales" CASCADE;
  DROP TABLE "_treatments_v" CASCADE;
  DROP TABLE "_treatments_v_locales" CASCADE;
  DROP TABLE "offerings" CASCADE;
  DROP TABLE "offerings_rels" CASCADE;
  DROP TABLE "practitioners_languages_spoken" CASCADE;
  DROP TABLE "practitioners" CASCADE;
  DROP TABLE "practitioners_locales" CASCADE;
  DROP TABLE "practitioners_rels" CASCADE;
  DROP TABLE "_practitioners_v_version_languages_spoken" CASCADE;
  DROP TABLE "_practitioners_v" CASCADE;
  DROP TABLE "_practitioners_v_locales" CASCADE;
  DROP TABLE "_practitioners_v_rels" CASCADE;
  DROP TABLE "articles_tags" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "_articles_v_version_tags" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "leads" CASCADE;
  DROP TABLE "users_memberships" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_clinics_opening_hours_day";
  DROP TYPE "public"."enum_clinics_languages_spoken";
  DROP TYPE "public"."enum_clinics_currency";
  DROP TYPE "public"."enum_clinics_prescription_advertising_source";
  DROP TYPE "public"."enum_clinics_prescription_advertising_rule";
  DROP TYPE "public"."enum_clinics_status";
  DROP TYPE "public"."enum__clinics_v_version_opening_hours_day";
  DROP TYPE "public"."enum__clinics_v_version_languages_spoken";
  DROP TYPE "public"."enum__clinics_v_version_currency";
  DROP TYPE "public"."enum__clinics_v_version_prescription_advertising_source";
  DROP TYPE "public"."enum__clinics_v_version_prescription_advertising_rule";
  DROP TYPE "public"."enum__clinics_v_version_status";
  DROP TYPE "public"."enum__clinics_v_published_locale";
  DROP TYPE "public"."enum_treatments_lines_treated";
  DROP TYPE "public"."enum_treatments_face_areas";
  DROP TYPE "public"."enum_treatments_common_side_effects";
  DROP TYPE "public"."enum_treatments_rare_risks";
  DROP TYPE "public"."enum_treatments_kind";
  DROP TYPE "public"."enum_treatments_mechanism";
  DROP TYPE "public"."enum_treatments_downtime";
  DROP TYPE "public"."enum_treatments_status";
  DROP TYPE "public"."enum__treatments_v_version_lines_treated";
  DROP TYPE "public"."enum__treatments_v_version_face_areas";
  DROP TYPE "public"."enum__treatments_v_version_common_side_effects";
  DROP TYPE "public"."enum__treatments_v_version_rare_risks";
  DROP TYPE "public"."enum__treatments_v_version_kind";
  DROP TYPE "public"."enum__treatments_v_version_mechanism";
  DROP TYPE "public"."enum__treatments_v_version_downtime";
  DROP TYPE "public"."enum__treatments_v_version_status";
  DROP TYPE "public"."enum__treatments_v_published_locale";
  DROP TYPE "public"."enum_offerings_currency";
  DROP TYPE "public"."enum_practitioners_languages_spoken";
  DROP TYPE "public"."enum_practitioners_status";
  DROP TYPE "public"."enum__practitioners_v_version_languages_spoken";
  DROP TYPE "public"."enum__practitioners_v_version_status";
  DROP TYPE "public"."enum__practitioners_v_published_locale";
  DROP TYPE "public"."enum_articles_tags";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_tags";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_leads_preferred_contact";
  DROP TYPE "public"."enum_leads_locale";
  DROP TYPE "public"."enum_leads_status";
  DROP TYPE "public"."enum_users_memberships_role";
  DROP TYPE "public"."enum_users_role";`)
}
