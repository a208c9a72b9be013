package org.jenode.loader.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jenode.base.Binary;
import org.jenode.base.Dataspace;
import org.jenode.base.InvalidRequestException;
import org.jenode.base.ServiceDeniedException;
import org.slf4j.Logger;

/**
 * A jar the client handed as a ROM module (Genode's plugin case): written to a file of its own in a
 * private folder (0700, under the temporary directory), so a subsystem's process can have it on its class
 * path, and deleted with the folder when the subsystem has ended. The loader never loads its classes.
 * A module {@code NAME.jar} holds the binary {@code NAME}, as its catalog registers it.
 */
final class ClientJar {

    static final String SUFFIX = ".jar";

    private final Path folder;
    private final Binary binary;

    private ClientJar(Path folder, Binary binary) {
        this.folder = folder;
        this.binary = binary;
    }

    /** The committed module {@code module}'s content as the jar of binary {@code module} minus {@code .jar}. */
    static ClientJar write(String module, Dataspace content) {
        if (!module.endsWith(SUFFIX) || module.length() == SUFFIX.length())
            throw new InvalidRequestException("ROM module '" + module + "' is no binary: a component from a jar comes in a module named NAME.jar");
        try {
            Path folder = Files.createTempDirectory("jenode-loader-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path file = folder.resolve("module.jar");
            byte[] bytes = content.copyBytes(content.size());
            Files.write(file, bytes);
            String name = module.substring(0, module.length() - SUFFIX.length());
            return new ClientJar(folder, new Binary(module, new Binary.Jar(file, name)));
        } catch (IOException e) {
            throw new ServiceDeniedException("cannot write the jar module '" + module + "' for its process: " + e.getMessage());
        }
    }

    Binary binary() { return binary; }

    /** Deletes the file and its folder; a failure is logged, and leaves files only its owner can read. */
    void delete(Logger log) {
        try {
            Files.deleteIfExists(folder.resolve("module.jar"));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", folder, e.toString());
        }
    }
}
