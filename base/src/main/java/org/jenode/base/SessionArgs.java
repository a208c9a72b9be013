package org.jenode.base;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The arguments of a session request: the RAM donation plus service-specific key/value pairs. */
public record SessionArgs(long ramQuota, Map<String, String> values) {

    public SessionArgs {
        if (ramQuota < 0) throw new IllegalArgumentException("negative ram_quota " + ramQuota);
        values = Map.copyOf(values);
    }

    public static SessionArgs ramQuota(long bytes) { return new SessionArgs(bytes, Map.of()); }

    public SessionArgs with(String key, Object value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(key, String.valueOf(value));
        return new SessionArgs(ramQuota, copy);
    }

    public Optional<String> value(String key) { return Optional.ofNullable(values.get(key)); }

    public int intValue(String key, int fallback) {
        String v = values.get(key);
        if (v == null) return fallback;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("session argument " + key + "=" + v + " is not a number");
        }
    }

    @Override public String toString() {
        StringBuilder out = new StringBuilder("ram_quota=").append(ramQuota);
        values.forEach((k, v) -> out.append(", ").append(k).append('=').append(v));
        return out.toString();
    }
}
