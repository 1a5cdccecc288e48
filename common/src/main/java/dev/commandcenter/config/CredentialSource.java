package dev.commandcenter.config;

import dev.commandcenter.files.ConfinedFiles;
import dev.commandcenter.files.FileContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one configured place a source's credential comes from: a file named in configuration or an
 * environment variable named in configuration. Nothing else is searched (no home directories, no
 * other tools' configuration). A file readable by group or others is refused.
 */
public sealed interface CredentialSource {

    /** Largest credential file accepted; a token is a line, not a document. */
    long MAX_FILE_BYTES = 16 * 1024;

    Secret read();

    /** Safe to log: the kind of place and its name, never the value. */
    String describe();

    /** A token in a file, first line, surrounding whitespace trimmed. */
    record FromFile(Path file) implements CredentialSource {
        @Override
        public Secret read() {
            Path real;
            try {
                // Only a regular file in the directory it is configured in: a link to elsewhere is refused.
                real = ConfinedFiles.confined(ConfinedFiles.directoryOf(file), file);
            } catch (ConfinedFiles.Refused refused) {
                throw new CredentialUnavailable(
                        switch (refused.problem()) {
                            case MISSING, NOT_REGULAR -> describe() + " does not exist or is not a regular file";
                            case OUTSIDE -> describe() + " is a link leading out of its directory; not read";
                            case TOO_LARGE, UNREADABLE -> describe() + ": " + refused.getMessage();
                        });
            }
            PosixFileAttributeView posix =
                    Files.getFileAttributeView(real, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            try {
                if (posix != null) {
                    Set<PosixFilePermission> mode = posix.readAttributes().permissions();
                    if (mode.contains(PosixFilePermission.GROUP_READ)
                            || mode.contains(PosixFilePermission.OTHERS_READ)) {
                        throw new CredentialUnavailable(describe() + " is readable by group or others ("
                                + PosixFilePermissions.toString(mode) + "); run chmod 600 on it");
                    }
                }
            } catch (IOException e) {
                throw new CredentialUnavailable(
                        describe() + " cannot be read: " + e.getClass().getSimpleName());
            }
            FileContent content = ConfinedFiles.read(real, (int) MAX_FILE_BYTES);
            if (!content.present()) {
                throw new CredentialUnavailable(describe() + ": " + content.detail());
            }
            String firstLine = new String(content.bytes(), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse("")
                    .strip();
            return secret(firstLine, describe());
        }

        @Override
        public String describe() {
            return "file " + file;
        }
    }

    /** A token in an environment variable; {@code environment} is {@code System::getenv} outside tests. */
    record FromEnvironment(String variable, UnaryOperator<String> environment) implements CredentialSource {
        @Override
        public Secret read() {
            String value = environment.apply(variable);
            if (value == null) {
                throw new CredentialUnavailable(describe() + " is not set");
            }
            return secret(value.strip(), describe());
        }

        @Override
        public String describe() {
            return "environment variable " + variable;
        }
    }

    /**
     * The credential source a setting pair names: {@code <prefix>.token-file} or
     * {@code <prefix>.token-env}. Neither = empty (the source is unconfigured); both = refused, as
     * it would be unclear which one is used.
     */
    static Optional<CredentialSource> of(String prefix, Optional<String> file, Optional<String> variable) {
        Optional<String> f = file.map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> v = variable.map(String::strip).filter(s -> !s.isEmpty());
        if (f.isPresent() && v.isPresent()) {
            throw new CredentialUnavailable(
                    prefix + ".token-file and " + prefix + ".token-env are both set; set exactly one");
        }
        if (f.isPresent()) {
            return Optional.of(new FromFile(Path.of(f.get())));
        }
        return v.map(name -> new FromEnvironment(name, System::getenv));
    }

    private static Secret secret(String value, String origin) {
        if (value.isEmpty()) {
            throw new CredentialUnavailable(origin + " is empty");
        }
        return new Secret(value, origin);
    }
}
