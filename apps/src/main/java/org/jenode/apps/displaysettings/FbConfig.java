package org.jenode.apps.displaysettings;

import java.util.Map;
import java.util.Optional;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.Mode;

/**
 * The framebuffer driver's config: the {@code <fb>} template's attributes and children, the chosen size
 * (if any) and the touch calibration measured last (if any, replacing the template's).
 */
public final class FbConfig {

    private FbConfig() { }

    public static XmlNode of(XmlNode template, Optional<Mode> mode, Optional<XmlNode> calibration) {
        XmlNode.Builder config = XmlNode.builder("config");
        for (Map.Entry<String, String> a : template.attributes().entrySet()) {
            boolean size = a.getKey().equals("width") || a.getKey().equals("height");
            if (!size || mode.isEmpty()) config.attribute(a.getKey(), a.getValue());
        }
        mode.ifPresent(m -> config.attribute("width", m.width()).attribute("height", m.height()));
        for (XmlNode child : template.children()) {
            if (!(calibration.isPresent() && child.is("calibration"))) config.child(child);
        }
        calibration.ifPresent(config::child);
        return config.build();
    }
}
