"""The benchmarks' own PostgreSQL databases: created when missing, dropped on request, never the dev/CI ones."""

from __future__ import annotations


def prepare_database(server: str, name: str) -> str:
    """Create the bench database if missing; its URL. Refuses any name without 'bench' in it."""
    import psycopg
    from psycopg import sql

    if "bench" not in name:
        raise SystemExit(f"refusing to use database {name!r}: the bench database's name must contain 'bench'")
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"created database {name}", flush=True)
    return f"{server}/{name}"


def drop_database(server: str, name: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    print(f"dropped database {name}", flush=True)
