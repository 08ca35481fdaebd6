package pa.gob.refugio.kit.ratelimit;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key, in the memory of this instance: each key may take {@code perMinute} requests a minute, in
 * bursts of up to that many, refilled evenly. At most {@code maxKeys} buckets are kept: when there are more, the
 * buckets that have refilled to capacity (their key has been quiet long enough to start afresh anyway) are dropped,
 * and if more than half are still in use, all are (a flood of new keys): a caller that changes its key at every
 * request cannot grow the map without bound. 0 or less turns the limit off.
 */
public final class TokenBuckets {

    private final int perMinute;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int perMinute, int maxKeys, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.maxKeys = Math.max(1, maxKeys);
        this.nanoTime = nanoTime;
    }

    public int perMinute() {
        return perMinute;
    }

    /** Takes one request from the key's bucket: empty when allowed, else the seconds to wait (at least 1). */
    public OptionalLong tryAcquire(String key) {
        if (perMinute <= 0) {
            return OptionalLong.empty();
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() >= maxKeys) {
            prune(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key == null ? "" : key, k -> new Bucket(perMinute, now));
        return bucket.take(perMinute, now);
    }

    /** How many keys have a bucket now. */
    public int size() {
        return buckets.size();
    }

    private void prune(long now) {
        buckets.entrySet().removeIf(e -> e.getValue().fullAt(perMinute, now));
        if (buckets.size() > maxKeys / 2) {
            // most buckets are in use (a flood of new keys): start afresh rather than grow or scan at every request
            buckets.clear();
        }
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.refilledAt = now;
        }

        synchronized OptionalLong take(int perMinute, long now) {
            double perNano = perMinute / 60_000_000_000d;
            tokens = Math.min(perMinute, tokens + Math.max(0, now - refilledAt) * perNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            double nanosToOne = (1 - tokens) / perNano;
            return OptionalLong.of(Math.max(1, (long) Math.ceil(nanosToOne / 1_000_000_000d)));
        }

        synchronized boolean fullAt(int perMinute, long now) {
            double perNano = perMinute / 60_000_000_000d;
            return tokens + Math.max(0, now - refilledAt) * perNano >= perMinute;
        }
    }
}
