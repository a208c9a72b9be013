package org.jenode.scenarios.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shipped scenario as an end-to-end test runs it: a copy under {@code target/e2e/} whose ROM files are
 * named by absolute paths (so that the copy finds what the original does) and whose report_rom logs every
 * report ({@code verbose="yes"}: the test reads the wm stack's reports from the desktop's log). Everything
 * else is the shipped file. An {@link #edit} changes the copy while it runs, as a user editing the
 * scenario would: core notices and reconfigures init.
 */
final class ScenarioCopy {

    private static final Pattern FILE = Pattern.compile("file=\"([^\"]+)\"");
    private static final String REPORT_ROM_CONFIG = "<provides> <service name=\"Report\"/> <service name=\"ROM\"/> </provides>\n      <config>";

    private final Path file;

    private ScenarioCopy(Path file) { this.file = file; }

    /** Copies {@code shipped} (relative to the scenarios folder) to {@code copy}. */
    static ScenarioCopy of(Path shipped, Path copy) throws IOException {
        Path folder = shipped.toAbsolutePath().getParent();
        String xml = Files.readString(shipped, StandardCharsets.UTF_8);
        Matcher m = FILE.matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement("file=\"" + folder.resolve(m.group(1)).normalize() + "\""));
        m.appendTail(out);
        String verbose = out.toString();
        if (!verbose.contains(REPORT_ROM_CONFIG)) throw new IllegalStateException("no report_rom config to make verbose in " + shipped);
        verbose = verbose.replace(REPORT_ROM_CONFIG, REPORT_ROM_CONFIG.replace("<config>", "<config verbose=\"yes\">"));
        Files.createDirectories(copy.toAbsolutePath().getParent());
        Files.writeString(copy, verbose, StandardCharsets.UTF_8);
        return new ScenarioCopy(copy);
    }

    Path file() { return file; }

    /**
     * Points the ROM {@code name} at {@code copy}, a copy of the file it names changed by {@code edit} (a
     * test's own version of, say, the launcher's config). Before the desktop starts, or while it runs.
     */
    void copyRom(String name, Path copy, UnaryOperator<String> edit) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<rom name=\"" + Pattern.quote(name) + "\" file=\"([^\"]+)\"").matcher(xml);
        if (!m.find()) throw new IllegalArgumentException("no ROM '" + name + "' from a file in " + file);
        Files.writeString(copy, edit.apply(Files.readString(Path.of(m.group(1)), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        edit(m.group(), m.group().replace(m.group(1), copy.toAbsolutePath().toString()));
    }

    /** Replaces the one occurrence of {@code from} by {@code to} in the running scenario. */
    void edit(String from, String to) throws IOException {
        Files.writeString(file, replaceOnce(Files.readString(file, StandardCharsets.UTF_8), from, to, file.toString()), StandardCharsets.UTF_8);
    }

    /** {@code text} with its one occurrence of {@code from} replaced by {@code to}; {@code where} names it if there is not exactly one. */
    static String replaceOnce(String text, String from, String to, String where) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new IllegalArgumentException("not exactly one '" + from + "' in " + where);
        return text.replace(from, to);
    }
}
