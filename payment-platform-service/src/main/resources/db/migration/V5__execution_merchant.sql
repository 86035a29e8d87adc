-- Every execution belongs to its job's merchant (ARCHITECTURE §11), in its key: each statement names it. The rows so
-- far take theirs from the job they keep (absent there: mer_demo's). No default: an instance not yet upgraded,
-- during a rolling deployment, fails its claim and SQS hands the job to an upgraded one.
ALTER TABLE execution ADD COLUMN merchant_id text;
UPDATE execution SET merchant_id = coalesce(job::jsonb ->> 'merchantId', 'mer_demo');
ALTER TABLE execution ALTER COLUMN merchant_id SET NOT NULL;
ALTER TABLE execution DROP CONSTRAINT execution_pkey;
ALTER TABLE execution ADD PRIMARY KEY (merchant_id, operation_id);
