import * as migration_20261122_025156_initial from './20261122_025156_initial';
import * as migration_20261122_050307_site_meta from './20261122_050307_site_meta';
import * as migration_20261122_062000_rate_limit_counters from './20261122_062000_rate_limit_counters';
import * as migration_20261122_062728_lead_notification_jobs from './20261122_062728_lead_notification_jobs';
import * as migration_20261122_073902_lead_inbox_privacy_webhooks from './20261122_073902_lead_inbox_privacy_webhooks';
import * as migration_20261122_082000_unlogged_rate_limit_counters from './20261122_082000_unlogged_rate_limit_counters';
import * as migration_20261122_090145_forget_old_rate_limit_counters from './20261122_090145_forget_old_rate_limit_counters';
import * as migration_20261126_180000_due_jobs_index from './20261126_180000_due_jobs_index';
import * as migration_20261126_210000_jobs_due_time_index from './20261126_210000_jobs_due_time_index';
import * as migration_20261127_003000_articles_published_at from './20261127_003000_articles_published_at';
import * as migration_20261127_062627_lead_notes_timeline from './20261127_062627_lead_notes_timeline';
import * as migration_20261127_063000_user_names from './20261127_063000_user_names';
import * as migration_20261127_081728_onboarding_lists_offering_titles from './20261127_081728_onboarding_lists_offering_titles';
import * as migration_20261127_090544_clinic_untranslated_languages from './20261127_090544_clinic_untranslated_languages';
import * as migration_20261127_121132_media_object_storage_key from './20261127_121132_media_object_storage_key';
import * as migration_20261127_171844_clinic_former_domains from './20261127_171844_clinic_former_domains';
import * as migration_20261127_173824_lead_host from './20261127_173824_lead_host';

export const migrations = [
  {
    up: migration_20261122_025156_initial.up,
    down: migration_20261122_025156_initial.down,
    name: '20261122_025156_initial',
  },
  {
    up: migration_20261122_050307_site_meta.up,
    down: migration_20261122_050307_site_meta.down,
    name: '20261122_050307_site_meta',
  },
  {
    up: migration_20261122_062000_rate_limit_counters.up,
    down: migration_20261122_062000_rate_limit_counters.down,
    name: '20261122_062000_rate_limit_counters',
  },
  {
    up: migration_20261122_062728_lead_notification_jobs.up,
    down: migration_20261122_062728_lead_notification_jobs.down,
    name: '20261122_062728_lead_notification_jobs',
  },
  {
    up: migration_20261122_073902_lead_inbox_privacy_webhooks.up,
    down: migration_20261122_073902_lead_inbox_privacy_webhooks.down,
    name: '20261122_073902_lead_inbox_privacy_webhooks',
  },
  {
    up: migration_20261122_082000_unlogged_rate_limit_counters.up,
    down: migration_20261122_082000_unlogged_rate_limit_counters.down,
    name: '20261122_082000_unlogged_rate_limit_counters',
  },
  {
    up: migration_20261122_090145_forget_old_rate_limit_counters.up,
    down: migration_20261122_090145_forget_old_rate_limit_counters.down,
    name: '20261122_090145_forget_old_rate_limit_counters',
  },
  {
    up: migration_20261126_180000_due_jobs_index.up,
    down: migration_20261126_180000_due_jobs_index.down,
    name: '20261126_180000_due_jobs_index',
  },
  {
    up: migration_20261126_210000_jobs_due_time_index.up,
    down: migration_20261126_210000_jobs_due_time_index.down,
    name: '20261126_210000_jobs_due_time_index',
  },
  {
    up: migration_20261127_003000_articles_published_at.up,
    down: migration_20261127_003000_articles_published_at.down,
    name: '20261127_003000_articles_published_at',
  },
  {
    up: migration_20261127_062627_lead_notes_timeline.up,
    down: migration_20261127_062627_lead_notes_timeline.down,
    name: '20261127_062627_lead_notes_timeline',
  },
  {
    up: migration_20261127_063000_user_names.up,
    down: migration_20261127_063000_user_names.down,
    name: '20261127_063000_user_names',
  },
  {
    up: migration_20261127_081728_onboarding_lists_offering_titles.up,
    down: migration_20261127_081728_onboarding_lists_offering_titles.down,
    name: '20261127_081728_onboarding_lists_offering_titles',
  },
  {
    up: migration_20261127_090544_clinic_untranslated_languages.up,
    down: migration_20261127_090544_clinic_untranslated_languages.down,
    name: '20261127_090544_clinic_untranslated_languages',
  },
  {
    up: migration_20261127_121132_media_object_storage_key.up,
    down: migration_20261127_121132_media_object_storage_key.down,
    name: '20261127_121132_media_object_storage_key',
  },
  {
    up: migration_20261127_171844_clinic_former_domains.up,
    down: migration_20261127_171844_clinic_former_domains.down,
    name: '20261127_171844_clinic_former_domains',
  },
  {
    up: migration_20261127_173824_lead_host.up,
    down: migration_20261127_173824_lead_host.down,
    name: '20261127_173824_lead_host'
  },
];
