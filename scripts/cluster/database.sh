# Sourced by scripts/cluster/run and check: which database the cluster's instances share.
#   REGIO_CLUSTER_DB=postgres (default): DATABASE_URL, default the local role and database
#     regio_cluster;
#   REGIO_CLUSTER_DB=sqlite: one SQLite file (REGIO_SQLITE_PATH, default
#     /tmp/regio-cluster.sqlite); the instances announce their writes to each other by
#     the counter file beside it (regio-cluster.sqlite-writes, SharedWriteCounter), as one
#     process does to itself. For comparison: production with several instances uses
#     PostgreSQL (docs/DEPLOYMENT.md).
# cluster_sql "SQL" runs one statement on that database.
case "${REGIO_CLUSTER_DB:-postgres}" in
  postgres)
    export DATABASE_URL=${DATABASE_URL:-postgres://regio_cluster:regio_cluster@127.0.0.1:5432/regio_cluster}
    cluster_sql() { psql "$DATABASE_URL" -qAtc "$1"; } ;;
  sqlite)
    unset DATABASE_URL
    export REGIO_SQLITE_PATH=${REGIO_SQLITE_PATH:-/tmp/regio-cluster.sqlite}
    cluster_sql() { python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1], timeout=10); c.execute(sys.argv[2]); c.commit()' "$REGIO_SQLITE_PATH" "$1"; } ;;
  *) echo "Cluster: REGIO_CLUSTER_DB moet postgres of sqlite zijn, niet ‘$REGIO_CLUSTER_DB’" >&2; exit 2 ;;
esac
