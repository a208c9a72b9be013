package org.jenode.base;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A RAM quota and what has been charged to it. Accounts form a tree: a child's account, or a session's
 * donation, is {@linkplain #split split} off its funder, and {@linkplain #close() closing} it returns the
 * whole amount to the funder, whatever the holder still had allocated. Every large allocation is a
 * {@link Dataspace} charged here; an allocation past the quota fails with {@link QuotaExceededException}
 * and charges nothing. Closing an account also frees the dataspaces still charged to it and closes the
 * accounts split off it, so memory never outlives the account that paid for it; except a session's
 * {@linkplain #donate donation}, which a server holds: it ends with its session, never under the server
 * (a client killed while a server draws its buffer), and its funder's quota goes back once it has.
 */
public final class RamAccount {

    private final String owner;
    private final RamAccount funder;
    /** One lock for the whole tree, so transfers between accounts never deadlock. */
    private final Object lock;
    private final Set<Dataspace> dataspaces = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<RamAccount> splits = Collections.newSetFromMap(new IdentityHashMap<>());
    private long quota;
    private long used;
    private boolean closed;
    /** A session's donation: its funder's close leaves it to its session (see {@link #donate}). */
    private boolean held;
    /** Whether the quota has gone back to the funder: on close, or once the last donation held from it closed. */
    private boolean returned;
    /** Dataspaces are sealed memory files that a process of their own can map; inherited by splits. */
    private boolean shared;

    private RamAccount(String owner, RamAccount funder, long quota, Object lock) {
        this.owner = owner;
        this.funder = funder;
        this.quota = quota;
        this.lock = lock;
    }

    /** The top of a tree: the machine's RAM as the platform grants it. */
    public static RamAccount root(String owner, long quota) {
        return new RamAccount(owner, null, quota, new Object());
    }

    public String owner() { return owner; }

    public long quota() {
        synchronized (lock) { return quota; }
    }

    public long used() {
        synchronized (lock) { return used; }
    }

    public long avail() {
        synchronized (lock) { return quota - used; }
    }

    /** Charges {@code bytes} of bookkeeping (views, handles, queues) that is not a dataspace. */
    public void charge(long bytes) {
        synchronized (lock) {
            checkOpen();
            if (bytes > quota - used) throw new QuotaExceededException(owner, bytes, quota - used);
            used += bytes;
        }
    }

    /** Gives back what {@link #charge} took. */
    public void release(long bytes) {
        synchronized (lock) {
            if (!closed) used = Math.max(0, used - bytes);
        }
    }

    /**
     * A zero-filled dataspace of {@code size} bytes in native byte order, charged here until it is
     * freed; what this account shows as used is what is really allocated for it.
     */
    public Dataspace allocate(int size) {
        if (size < 0) throw new InvalidRequestException("negative dataspace size " + size);
        synchronized (lock) {
            charge(size);
            try {
                Dataspace d = Dataspace.allocate(size, this, shared);
                dataspaces.add(d);
                return d;
            } catch (OutOfMemoryError | IllegalStateException e) {
                used -= size;
                throw new QuotaExceededException(owner + " (host memory)", size, 0);
            }
        }
    }

    /**
     * From now on, the dataspaces allocated here, and in the accounts split off this one later (session
     * donations), are sealed memory files that a component in a process of its own can map: the runtime
     * does this to the account of such a child, so that whatever a server allocates for it can reach it
     * without a copy. Nothing else changes: the memory is charged and freed as before.
     *
     * @throws UnsupportedOperationException where the platform has no such files
     */
    public RamAccount shareAcrossProcesses() {
        if (!Dataspace.shareable()) throw new UnsupportedOperationException("this platform cannot share memory across processes");
        synchronized (lock) { shared = true; }
        return this;
    }

    /** The end of {@code d}, one of this account's: unmapped and credited in one step. */
    void free(Dataspace d, Runnable unmap) {
        synchronized (lock) {
            if (!dataspaces.remove(d)) return;
            unmap.run();
            if (!closed) used = Math.max(0, used - d.size());
        }
    }

    /** A new account of {@code amount} bytes funded by this one. */
    public RamAccount split(long amount, String newOwner) {
        return split(amount, newOwner, false);
    }

    /**
     * A session's donation of {@code amount} bytes: a split that the server holds, and that only closing it
     * (the session's end) closes. Closing this account meanwhile frees everything else; the dataspaces the
     * server allocated from the donation stay, and this account's quota goes back to its funder, whole,
     * once the last such donation has closed.
     */
    public RamAccount donate(long amount, String newOwner) {
        return split(amount, newOwner, true);
    }

    private RamAccount split(long amount, String newOwner, boolean heldBySession) {
        synchronized (lock) {
            charge(amount);
            RamAccount split = new RamAccount(newOwner, this, amount, lock);
            split.shared = shared;
            split.held = heldBySession;
            splits.add(split);
            return split;
        }
    }

    /** Moves {@code amount} of this account's free quota into {@code to}, which this account funds. */
    public void transfer(long amount, RamAccount to) {
        synchronized (lock) {
            if (to.funder != this) throw new IllegalArgumentException(owner + " does not fund " + to.owner);
            to.checkOpen();
            charge(amount);
            to.quota += amount;
        }
    }

    /**
     * Returns the whole quota to the funder; the account cannot be charged any more. Dataspaces still
     * charged here are freed, and accounts split off it are closed first, except the donations that
     * sessions hold: the quota goes back once they have closed too.
     */
    public void close() {
        synchronized (lock) {
            if (closed) return;
            for (RamAccount split : List.copyOf(splits)) if (!split.held) split.close();
            for (Dataspace d : List.copyOf(dataspaces)) d.free();
            closed = true;
            returnIfDone();
        }
    }

    /** Once closed and no donation of it is held any more, the quota goes back to the funder; under the lock. */
    private void returnIfDone() {
        if (!closed || returned || !splits.isEmpty()) return;
        returned = true;
        if (funder != null) {
            funder.splits.remove(this);
            funder.release(quota);
            funder.returnIfDone();
        }
    }

    public boolean closed() {
        synchronized (lock) { return closed; }
    }

    private void checkOpen() {
        if (closed) throw new SessionClosedException("account of " + owner + " is closed");
    }

    @Override public String toString() {
        synchronized (lock) { return owner + ": " + used + "/" + quota; }
    }
}
