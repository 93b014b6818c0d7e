import type { ClinicalRole } from '@/api/types';

const ROLE_LABELS: Record<ClinicalRole, string> = {
  GP: 'GP',
  ADVANCED_NURSE_PRACTITIONER: 'Advanced nurse practitioner',
  PRACTICE_NURSE: 'Practice nurse',
  CLINICAL_PHARMACIST: 'Clinical pharmacist',
  PARAMEDIC: 'Paramedic',
  PHYSICIAN_ASSOCIATE: 'Physician associate',
  HEALTHCARE_ASSISTANT: 'Healthcare assistant',
  MENTAL_HEALTH_PRACTITIONER: 'Mental health practitioner',
};

/** The words for a clinical role, as io.hubrota.shared.Role labels them. */
export function roleLabel(role: ClinicalRole): string {
  return ROLE_LABELS[role] ?? role;
}
