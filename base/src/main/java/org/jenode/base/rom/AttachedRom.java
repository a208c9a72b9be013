package org.jenode.base.rom;

import java.util.Optional;
import org.jenode.base.Dataspace;
import org.jenode.base.Env;
import org.jenode.base.SignalHandler;
import org.jenode.base.xml.XmlNode;
import org.jenode.base.xml.XmlParser;

/**
 * A ROM session with its content at hand (Genode's {@code Attached_rom_dataspace}): the client sees
 * the content it last fetched until it calls {@link #update()}, typically from the signal handler it
 * registered with {@link #sigh}.
 */
public final class AttachedRom implements AutoCloseable {

    private final RomSession session;
    private final String name;
    private Dataspace dataspace;
    private XmlNode xml;

    public AttachedRom(Env env, String name) {
        this.name = name;
        this.session = env.session(RomSession.class, name);
        this.dataspace = session.dataspace().orElse(null);
    }

    public String name() { return name; }

    /** Fetches the current content unless what the client holds is current already. */
    public void update() {
        if (dataspace != null && session.update()) return;
        dataspace = session.dataspace().orElse(null);
        xml = null;
    }

    public boolean valid() { return dataspace != null; }

    public byte[] bytes() { return dataspace == null ? new byte[0] : dataspace.copyBytes(dataspace.size()); }

    /** The content as XML; an empty {@code <empty/>} node while the module has no content. */
    public XmlNode xml() {
        if (xml == null) {
            xml = dataspace == null || dataspace.size() == 0
                    ? XmlNode.builder("empty").build()
                    : XmlParser.parse(bytes(), "ROM '" + name + "'");
        }
        return xml;
    }

    /** The content as XML, or empty while the module is invalid. */
    public Optional<XmlNode> validXml() { return valid() ? Optional.of(xml()) : Optional.empty(); }

    public void sigh(SignalHandler handler) { session.sigh(handler); }

    @Override public void close() { session.close(); }
}
