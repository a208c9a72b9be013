package org.jenode.apps.statusbar;

import org.jenode.base.xml.XmlNode;

/** Nitpicker's focus report: {@code <focus label="L" domain="D" color="#rrggbb"/>}; empty if nobody has focus. */
public record FocusInfo(String label, String domain, int color) {

    public static final FocusInfo NONE = new FocusInfo("", "", 0xff000000);

    public static FocusInfo of(XmlNode focus) {
        if (!focus.is("focus")) return NONE;
        return new FocusInfo(focus.attribute("label", ""), focus.attribute("domain", ""),
                focus.colorAttribute("color", 0xff000000));
    }
}
