# Sourced by .ci/run: starts Debian's PostgreSQL cluster and exports TEST_DATABASE_URL.
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$ver main"; then
    pg_createcluster "$ver" main >/dev/null
  fi
  pg_ctlcluster "$ver" main start 2>/dev/null || true
  port=$(pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $3}')
  for _ in $(seq 1 30); do
    pg_isready -q -h localhost -p "$port" && break
    sleep 1
  done
  runuser -u postgres -- psql -q -p "$port" -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='hall') THEN CREATE ROLE hall LOGIN SUPERUSER PASSWORD 'hall'; END IF; END\$\$;"
  runuser -u postgres -- psql -q -p "$port" -tc "SELECT 1 FROM pg_database WHERE datname='hall_test'" | grep -q 1 \
    || runuser -u postgres -- createdb -p "$port" -O hall hall_test
  export TEST_DATABASE_URL="postgres://hall:hall@localhost:$port/hall_test"
  echo "ci: PostgreSQL $ver on port $port"
fi
