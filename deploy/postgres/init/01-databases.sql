-- One database per service (ARCHITECTURE §1), named as in the local stack; the official image runs this once, on an
-- empty data directory. The facade has no database.
CREATE DATABASE orchestrator;
CREATE DATABASE wallet;
CREATE DATABASE platform;
CREATE DATABASE orders;
CREATE DATABASE merchants;
CREATE DATABASE webhooks;
