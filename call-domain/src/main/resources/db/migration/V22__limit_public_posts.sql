-- Public forms and the API's public POSTs are limited per client address and per e-mail address, with a token bucket
-- per key kept here so that every portal instance draws from the same bucket. The key is the SHA-256 (hex) of its kind
-- and value ("address:203.0.113.7", "email:ann@example.org"): no address is kept in the clear. A request takes a token
-- in one upsert (refill by the time since refilled_at, then take one if there is one; granted says whether it did).
-- A bucket untouched for a whole window is full again, the same as no row: a scheduled job deletes those.
-- Unlogged: the table is written on every public POST, and after a crash empty buckets are only a little generous.
create unlogged table rate_limit_buckets (
    key_hash    char(64)         not null,
    tokens      double precision not null,
    refilled_at timestamptz      not null,
    granted     boolean          not null,
    constraint pk_rate_limit_buckets primary key (key_hash)
);
create index ix_rate_limit_buckets_refilled_at on rate_limit_buckets (refilled_at);
