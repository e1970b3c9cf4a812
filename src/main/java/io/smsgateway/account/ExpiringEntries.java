package io.smsgateway.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entries that count until their own expiry (on {@link System#nanoTime}'s scale), at most
 * {@code capacity} of them: at the bound the expired ones are dropped, and a new key is kept only if
 * that made room, so that a flood of distinct keys costs lookups, never memory.
 */
final class ExpiringEntries<K, V> {

    private record Entry<V>(V value, long expiresAtNanos) {

        long nanosLeft(long nowNanos) {
            return Math.max(0, expiresAtNanos - nowNanos);
        }
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int capacity;

    ExpiringEntries(int capacity) {
        this.capacity = capacity;
    }

    /** The value put under the key, while it has not expired; null otherwise. */
    V get(K key, long nowNanos) {
        Entry<V> entry = entries.get(key);
        return entry != null && entry.nanosLeft(nowNanos) > 0 ? entry.value() : null;
    }

    /** How long the key's entry still counts; 0 when there is none or it has expired. */
    long nanosLeft(K key, long nowNanos) {
        Entry<V> entry = entries.get(key);
        return entry == null ? 0 : entry.nanosLeft(nowNanos);
    }

    /** Puts the entry, or replaces the key's; a new key is dropped when the entries are at their bound. */
    void put(K key, V value, long expiresAtNanos, long nowNanos) {
        if (entries.size() >= capacity && !entries.containsKey(key)) {
            entries.values().removeIf(entry -> entry.nanosLeft(nowNanos) == 0);
            if (entries.size() >= capacity) {
                return;
            }
        }
        entries.put(key, new Entry<>(value, expiresAtNanos));
    }

    void remove(K key) {
        entries.remove(key);
    }
}
