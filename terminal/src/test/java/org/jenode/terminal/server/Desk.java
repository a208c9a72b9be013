package org.jenode.terminal.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jenode.base.core.Core;
import org.jenode.base.testing.Await;
import org.jenode.base.xml.XmlNode;
import org.jenode.framebuffer.testing.HeadlessScreen;
import org.jenode.input.InputEvent;
import org.jenode.input.Keycodes;
import org.jenode.nitpicker.testing.NitpickerStart;

/**
 * A terminal on the real headless driver under nitpicker, as a user has it: the test types at the
 * driver (Event), reads pixels back (Capture), and reads the terminal's {@code screen} report for the
 * text it shows. The terminal's client is either a {@code pty} running bash or a test probe.
 */
final class Desk {

    static final String NITPICKER = NitpickerStart.plain();

    static String terminal(String extraConfig) {
        return """
            <start name="terminal">
              <resource name="RAM" quantum="32M"/>
              <provides> <service name="Terminal"/> </provides>
              <config gui="yes" font_size="14" scrollback="500" cursor_blink="no"> <report screen="yes"/> %s </config>
            </start>
            """.formatted(extraConfig);
    }

    /** bash without the user's rc files, with a plain prompt. */
    static final String BASH = """
            <start name="pty">
              <resource name="RAM" quantum="4M"/>
              <config command="/bin/bash" cwd="/tmp" inherit_env="no">
                <arg value="--norc"/> <arg value="--noprofile"/>
                <env name="PS1" value="$ "/> <env name="PATH" value="/usr/bin:/bin"/> <env name="LANG" value="C.UTF-8"/>
              </config>
            </start>
            """;

    final HeadlessScreen screen;
    final Core core;

    Desk(int width, int height, String starts, org.jenode.base.Binary... extra) {
        screen = new HeadlessScreen(width, height);
        core = screen.start(starts, extra);
    }

    /** How long a child in a JVM of its own may take to start on a machine shared with other builds. */
    static final Duration SANDBOX_START = Duration.ofMinutes(2);

    /** The terminal's latest {@code screen} report once it satisfies {@code until}. */
    XmlNode awaitScreen(String what, java.util.function.Predicate<XmlNode> until) {
        return Await.report(core, "init -> terminal -> screen", until);
    }

    /** The same, waiting up to {@code timeout}. */
    XmlNode awaitScreen(String what, Duration timeout, java.util.function.Predicate<XmlNode> until) {
        return Await.report(core, "init -> terminal -> screen", until, timeout);
    }

    static List<String> lines(XmlNode screen) {
        List<String> out = new ArrayList<>();
        for (XmlNode line : screen.children("line")) out.add(line.text());
        return out;
    }

    /** Clicks into the terminal (which focuses it), then types {@code text} key by key, as a US keyboard would. */
    void type(String text) {
        List<InputEvent> events = new ArrayList<>();
        for (char c : text.toCharArray()) {
            Key k = KEYS.get(c);
            if (k == null) throw new IllegalArgumentException("no key for '" + c + "'");
            if (k.shift) events.add(new InputEvent.Press(Keycodes.KEY_LEFTSHIFT));
            events.add(new InputEvent.Press(k.code));
            if (c != '\n') events.add(new InputEvent.Character(c));
            events.add(new InputEvent.Release(k.code));
            if (k.shift) events.add(new InputEvent.Release(Keycodes.KEY_LEFTSHIFT));
        }
        screen.inject(events.toArray(InputEvent[]::new));
    }

    void focus() {
        screen.inject(new InputEvent.AbsoluteMotion(5, 5), new InputEvent.Press(Keycodes.BTN_LEFT), new InputEvent.Release(Keycodes.BTN_LEFT));
    }

    void press(int... codes) {
        List<InputEvent> events = new ArrayList<>();
        for (int c : codes) events.add(new InputEvent.Press(c));
        for (int i = codes.length - 1; i >= 0; i--) events.add(new InputEvent.Release(codes[i]));
        screen.inject(events.toArray(InputEvent[]::new));
    }

    private record Key(int code, boolean shift) { }

    private static final Map<Character, Key> KEYS = keys();

    private static Map<Character, Key> keys() {
        Map<Character, Key> m = new java.util.HashMap<>();
        String rows = "qwertyuiop";
        for (int i = 0; i < rows.length(); i++) m.put(rows.charAt(i), new Key(Keycodes.KEY_Q + i, false));
        rows = "asdfghjkl";
        for (int i = 0; i < rows.length(); i++) m.put(rows.charAt(i), new Key(Keycodes.KEY_A + i, false));
        rows = "zxcvbnm";
        for (int i = 0; i < rows.length(); i++) m.put(rows.charAt(i), new Key(Keycodes.KEY_Z + i, false));
        String digits = "1234567890";
        for (int i = 0; i < digits.length(); i++) m.put(digits.charAt(i), new Key(Keycodes.KEY_1 + i, false));
        m.put(' ', new Key(Keycodes.KEY_SPACE, false));
        m.put(';', new Key(Keycodes.KEY_SEMICOLON, false));
        m.put('-', new Key(Keycodes.KEY_MINUS, false));
        m.put('.', new Key(Keycodes.KEY_DOT, false));
        m.put('/', new Key(Keycodes.KEY_SLASH, false));
        m.put('|', new Key(Keycodes.KEY_BACKSLASH, true));
        m.put('\n', new Key(Keycodes.KEY_ENTER, false));
        return m;
    }
}
