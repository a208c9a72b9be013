package org.jenode.scenarios.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jenode.base.ServiceName;
import org.jenode.base.Session;

/**
 * Every session interface that Jenode's main code declares, found on the class and module path, so
 * that a new interface or method is attacked without anybody listing it here.
 */
final class SessionInterfaces {

    private SessionInterfaces() { }

    static List<Class<? extends Session>> all() {
        TreeSet<String> names = new TreeSet<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String path = System.getProperty(property, "");
            for (String entry : path.split(java.io.File.pathSeparator)) {
                if (entry.isBlank() || isTestCode(entry)) continue;
                names.addAll(classNames(Path.of(entry)));
            }
        }
        List<Class<? extends Session>> found = new ArrayList<>();
        for (String name : names) {
            Class<?> c = load(name);
            if (c != null && c.isInterface() && Session.class.isAssignableFrom(c) && c.isAnnotationPresent(ServiceName.class))
                found.add(c.asSubclass(Session.class));
        }
        return found;
    }

    private static boolean isTestCode(String entry) {
        return entry.contains("test-classes") || entry.endsWith("-tests.jar");
    }

    private static List<String> classNames(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    return files.map(entry::relativize).map(Path::toString).filter(SessionInterfaces::ours)
                            .map(SessionInterfaces::className).toList();
                }
            }
            if (!entry.toString().endsWith(".jar") || !Files.exists(entry)) return List.of();
            try (JarFile jar = new JarFile(entry.toFile())) {
                return jar.stream().map(e -> e.getName()).filter(SessionInterfaces::ours).map(SessionInterfaces::className).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + entry, e);
        }
    }

    private static boolean ours(String file) {
        return file.startsWith("org/jenode/") && file.endsWith(".class") && !file.contains("$") && !file.endsWith("-info.class");
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionInterfaces.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
