-- When the outcome first became unknown: the reconciler's give-up clock starts here, not at the job's creation.
ALTER TABLE execution ADD COLUMN unknown_since timestamptz;
