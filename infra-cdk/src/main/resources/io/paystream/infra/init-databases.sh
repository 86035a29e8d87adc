# One database and one login role per service, each role owning only its database. Idempotent: a rerun resets the
# roles' passwords to what Secrets Manager holds. PGHOST, PGUSER, PGPASSWORD (admin) come from the task.
set -eu
for db in $DATABASES; do
  password=$(printenv "PASSWORD_$db")
  psql -v ON_ERROR_STOP=1 -v db="$db" -v password="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'db') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'db') \gexec
ALTER ROLE :"db" WITH LOGIN PASSWORD :'password';
GRANT :"db" TO CURRENT_USER;
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'db') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
  echo "database $db ready"
done
