package org.jenode.base.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.runtime.wire.WireException;

/**
 * The capabilities one end of a wire has handed to the other (exported, under ids it chose) and received
 * from it (imported, each as the local stand-in made for it). An id names nothing but what this table
 * says; an id the peer was never given is a forgery. Both directions are bounded, so that a peer cannot
 * make this side's tables grow without end.
 */
final class CapabilityTable {

    /** The most capabilities either way per child. */
    static final int MAX = 1 << 16;

    private final Map<Integer, Object> exported = new HashMap<>();
    private final Map<Object, Integer> exportIds = new IdentityHashMap<>();
    private final Map<Integer, Object> imported = new HashMap<>();
    private final Map<Object, Integer> importIds = new IdentityHashMap<>();
    private int next = 1;

    /** The id under which {@code capability} is handed out: the one it has, or a new one. */
    synchronized int export(Object capability) {
        Integer id = exportIds.get(capability);
        if (id != null) return id;
        if (exported.size() >= MAX) throw new ServiceDeniedException("more than " + MAX + " capabilities handed to one child");
        int fresh = next++;
        exported.put(fresh, capability);
        exportIds.put(capability, fresh);
        return fresh;
    }

    /** What this side exported as {@code id}, if that is a {@code type}; a peer naming anything else forged it. */
    synchronized <T> T exported(int id, Class<T> type) throws WireException {
        Object capability = exported.get(id);
        if (!type.isInstance(capability)) throw new WireException("no " + type.getSimpleName() + " was handed out as " + id);
        return type.cast(capability);
    }

    synchronized boolean isExported(Object capability) { return exportIds.containsKey(capability); }

    synchronized void unexport(int id) { forgetExport(id); }

    /** Takes {@code id} out of the exports; what it was, if anything. */
    synchronized Optional<Object> forgetExport(int id) {
        Object capability = exported.remove(id);
        if (capability != null) exportIds.remove(capability);
        return Optional.ofNullable(capability);
    }

    /** Exports that {@code gone} says are gone, taken out of the table; their ids. */
    synchronized List<Integer> unexportAll(Predicate<Object> gone) {
        List<Integer> ids = new ArrayList<>();
        exported.forEach((id, capability) -> {
            if (gone.test(capability)) ids.add(id);
        });
        ids.forEach(this::unexport);
        return ids;
    }

    /** Makes the stand-in for a capability the peer hands over. */
    @FunctionalInterface
    interface StandIn {
        Object make() throws WireException;
    }

    /** The stand-in for the peer's {@code id}, made by {@code standIn} the first time. */
    synchronized Object importing(int id, StandIn standIn) throws WireException {
        Object known = imported.get(id);
        if (known != null) return known;
        if (id <= 0) throw new WireException("a capability id " + id);
        if (imported.size() >= MAX) throw new WireException("more than " + MAX + " capabilities handed over");
        Object made = standIn.make();
        imported.put(id, made);
        importIds.put(made, id);
        return made;
    }

    synchronized Optional<Object> imported(int id) { return Optional.ofNullable(imported.get(id)); }

    /** The peer's id of {@code standIn}, if it is one of the stand-ins made here. */
    synchronized OptionalInt importedId(Object standIn) {
        Integer id = importIds.get(standIn);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    synchronized Optional<Object> forget(int id) {
        Object standIn = imported.remove(id);
        if (standIn != null) importIds.remove(standIn);
        return Optional.ofNullable(standIn);
    }

    /** Every stand-in, for the end of the wire. */
    synchronized List<Object> imports() { return List.copyOf(imported.values()); }
}
