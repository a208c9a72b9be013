package org.jenode.apps.calibrator;

import org.jenode.base.xml.XmlNode;

/** How far targets stay from the screen's edges: {@code margin="10%"} of each dimension, or {@code margin="32"} pixels. */
public record Margin(double value, boolean percent) {

    public static Margin parse(XmlNode config, String attribute, String fallback) {
        String text = config.attribute(attribute, fallback).strip();
        boolean percent = text.endsWith("%");
        try {
            double v = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text);
            if (v < 0 || (percent && v >= 50)) throw config.error(attribute + "=\"" + text + "\" is out of range");
            return new Margin(v, percent);
        } catch (NumberFormatException e) {
            throw config.error(attribute + "=\"" + text + "\" is neither pixels nor a percentage");
        }
    }

    public int pixels(int extent) {
        int px = percent ? (int) Math.round(extent * value / 100.0) : (int) Math.round(value);
        return Math.min(px, Math.max(0, (extent - 1) / 2));
    }
}
