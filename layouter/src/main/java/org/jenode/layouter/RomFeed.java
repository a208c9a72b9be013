package org.jenode.layouter;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jenode.base.Env;
import org.jenode.base.ServiceDeniedException;
import org.jenode.base.rom.AttachedRom;
import org.jenode.base.xml.XmlException;
import org.jenode.base.xml.XmlNode;
import org.jenode.layouter.model.LayoutEvent;

/**
 * One ROM feeding the layout: each change is read, turned into an event by the ROM's format and
 * handed on. Malformed content is logged with the ROM's name and position and handed on as nothing,
 * so the layout keeps its last good state.
 */
final class RomFeed implements AutoCloseable {

    private final Env env;
    private final AttachedRom rom;
    private final Function<XmlNode, Optional<LayoutEvent>> format;
    private final Consumer<LayoutEvent> sink;

    /**
     * The feed of a ROM that Genode's older configs do not route (15.08's layouter read neither
     * {@code displays} nor {@code decorator_margins} nor {@code focus_request}): none when the ROM is
     * denied, which is logged once with the reason.
     */
    static Optional<RomFeed> optional(Env env, String name, Function<XmlNode, Optional<LayoutEvent>> format, Consumer<LayoutEvent> sink) {
        try {
            return Optional.of(new RomFeed(env, name, format, sink));
        } catch (ServiceDeniedException e) {
            env.log().info("going without the ROM '{}': {}", name, e.getMessage());
            return Optional.empty();
        }
    }

    RomFeed(Env env, String name, Function<XmlNode, Optional<LayoutEvent>> format, Consumer<LayoutEvent> sink) {
        this.env = env;
        this.rom = new AttachedRom(env, name);
        this.format = format;
        this.sink = sink;
        rom.sigh(env.ep().handler(this::read));
    }

    /**
     * Reads the current content. Called once after construction too: a change between opening the
     * ROM and registering for its signal would otherwise go unnoticed.
     */
    void read() {
        rom.update();
        Optional<LayoutEvent> event;
        try {
            event = format.apply(rom.xml());
        } catch (XmlException e) {
            env.log().warn("{}; keeping the last good state", e.getMessage());
            return;
        }
        event.ifPresent(sink);
    }

    @Override public void close() { rom.close(); }
}
