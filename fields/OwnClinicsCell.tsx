'use client'

import { DefaultCell, useAuth } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { clinicIdsOf, isPlatformAdmin, type Relation, relationId } from '../access/roles'
import type { User } from '../payload-types'

/**
 * A list cell for the clinics a shared document belongs to: staff see their own clinics' names only. Another
 * clinic would show as "Untitled - ID: 3" (they may not read it), which tells them only that it exists.
 */
export function OwnClinicsCell(props: DefaultCellComponentProps) {
  const { user } = useAuth<User>()
  if (isPlatformAdmin(user) || !Array.isArray(props.cellData)) return <DefaultCell {...props} />
  const own = new Set(clinicIdsOf(user))
  const cellData = (props.cellData as Relation[]).filter((clinic) => own.has(relationId(clinic) ?? -1))
  return <DefaultCell {...props} cellData={cellData} />
}
