package org.jenode.base.rom;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jenode.base.Dataspace;
import org.jenode.base.SignalHandler;

/**
 * A ROM module on the server side: its current content and the readers to signal when it changes.
 * Each version is one immutable dataspace shared by all readers, so many readers cost nothing extra.
 */
public final class RomModule {

    private final String name;
    private final Set<Reader> readers = ConcurrentHashMap.newKeySet();
    private volatile Dataspace content;
    private volatile long version;

    public RomModule(String name) { this.name = name; }

    public RomModule(String name, byte[] initial) {
        this(name);
        set(initial);
    }

    public String name() { return name; }

    public Optional<Dataspace> content() { return Optional.ofNullable(content); }

    /** Current content as text, for diagnostics and tests. */
    public String text() {
        Dataspace d = content;
        return d == null ? "" : new String(d.copyBytes(d.size()), StandardCharsets.UTF_8);
    }

    /** Publishes new content and signals every reader. */
    public void set(byte[] bytes) {
        content = Dataspace.readOnlyCopyOf(bytes);
        version++;
        readers.forEach(Reader::changed);
    }

    public void set(String text) { set(text.getBytes(StandardCharsets.UTF_8)); }

    /** Withdraws the content; readers see an invalid module until the next {@link #set}. */
    public void clear() {
        content = null;
        version++;
        readers.forEach(Reader::changed);
    }

    /** Opens a reader's session on this module. */
    public RomSession session() {
        Reader r = new Reader();
        readers.add(r);
        return r;
    }

    /** One reader's session: remembers which version it last fetched. */
    private final class Reader implements RomSession {
        private volatile SignalHandler sigh;
        private long fetched = -1;

        @Override public Optional<Dataspace> dataspace() {
            fetched = version;
            return Optional.ofNullable(content);
        }

        @Override public boolean update() { return fetched == version; }

        /** A change since the reader last fetched is signalled at once: it must not slip in before the handler. */
        @Override public void sigh(SignalHandler handler) {
            this.sigh = handler;
            if (fetched != version) handler.submit();
        }

        void changed() {
            SignalHandler h = sigh;
            if (h != null) h.submit();
        }

        @Override public void close() { readers.remove(this); }
    }
}
