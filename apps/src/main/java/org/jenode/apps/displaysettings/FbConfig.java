package org.jenode.apps.displaysettings;

import java.util.Map;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;

/** The framebuffer driver's config for a mode: the {@code <fb>} template's attributes and children plus the size. */
public final class FbConfig {

    private FbConfig() { }

    public static XmlNode of(XmlNode template, Mode mode) {
        XmlNode.Builder config = XmlNode.builder("config");
        for (Map.Entry<String, String> a : template.attributes().entrySet()) {
            if (!a.getKey().equals("width") && !a.getKey().equals("height")) config.attribute(a.getKey(), a.getValue());
        }
        config.attribute("width", mode.width()).attribute("height", mode.height());
        for (XmlNode child : template.children()) config.child(child);
        return config.build();
    }
}
