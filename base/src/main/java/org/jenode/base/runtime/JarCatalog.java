package org.jenode.base.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jenode.base.Binary;
import org.jenode.base.InvalidRequestException;

/**
 * The binaries a user's jar registers, learnt without loading a class of it here: a JVM started as a
 * child's (the same limits and privileges, the jar on its class path) runs {@link CatalogListing} and
 * prints their names. What it prints is bounded and checked; anything else (no catalog, a catalog that
 * fails, a process that does not end) is an {@link InvalidRequestException} naming the jar.
 */
public final class JarCatalog {

    /** The binary names a jar may register: what init's {@code <binary name>} can spell. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final int MAX_BINARIES = 64;
    private static final int MAX_LINE = 1024;
    private static final long QUANTUM = 16L << 20;
    private static final long TIMEOUT_S = 60;

    private JarCatalog() { }

    /** One {@link Binary.Jar} program for each binary that {@code jar}'s catalogs register. */
    public static List<Binary> binaries(Path jar) {
        if (!Files.isRegularFile(jar)) throw new InvalidRequestException("no jar file '" + jar + "'");
        List<String> command = ChildProcess.jvm("catalog of " + jar.getFileName(), QUANTUM, List.of(jar), Optional.empty());
        command.addAll(List.of("-m", CatalogListing.class.getModule().getName() + "/" + CatalogListing.class.getName()));
        Set<String> names = new LinkedHashSet<>();
        List<String> other = new ArrayList<>();
        try {
            Process process = ChildProcess.spawn(new ProcessBuilder(command).redirectErrorStream(true), "catalog of " + jar.getFileName());
            process.getOutputStream().close();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.length() > MAX_LINE) line = line.substring(0, MAX_LINE);
                    if (line.startsWith(CatalogListing.PREFIX)) names.add(checked(jar, line.substring(CatalogListing.PREFIX.length())));
                    else if (other.size() < 4) other.add(line);
                    if (names.size() > MAX_BINARIES) {
                        process.destroyForcibly();
                        throw new InvalidRequestException(jar + " registers more than " + MAX_BINARIES + " binaries");
                    }
                }
            }
            if (!process.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new InvalidRequestException(jar + ": listing its binaries took longer than " + TIMEOUT_S + " s");
            }
            if (process.exitValue() != 0)
                throw new InvalidRequestException(jar + ": listing its binaries failed (exit code " + process.exitValue() + ": "
                        + String.join(" / ", other) + ")");
        } catch (IOException e) {
            throw new InvalidRequestException(jar + ": cannot list its binaries: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidRequestException(jar + ": interrupted while listing its binaries");
        }
        if (names.isEmpty())
            throw new InvalidRequestException(jar + " registers no binary (a public BinaryCatalog named in"
                    + " META-INF/services/org.jenode.base.BinaryCatalog)");
        return names.stream().map(name -> new Binary(name, new Binary.Jar(jar.toAbsolutePath(), name))).toList();
    }

    private static String checked(Path jar, String name) {
        if (!NAME.matcher(name).matches()) throw new InvalidRequestException(jar + " registers a binary named '" + name + "', which init cannot name");
        return name;
    }
}
