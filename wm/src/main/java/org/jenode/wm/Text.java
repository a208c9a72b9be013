package org.jenode.wm;

/** Client-chosen text (titles, label elements) made safe to put into an XML report. */
final class Text {

    private Text() { }

    /**
     * {@code s} with every character XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/FFFF)
     * replaced by {@code ?}: one such character in a title would otherwise make {@code window_list}
     * unreadable for the layouter, and every window would be lost at once.
     */
    static String printable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == 0xfffe || c == 0xffff) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
