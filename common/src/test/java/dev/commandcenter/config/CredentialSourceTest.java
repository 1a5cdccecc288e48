package dev.commandcenter.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialSourceTest {

    private static final String TOKEN = "cc-test-token-7f3a9b1e5d";

    @TempDir
    Path dir;

    @Test
    void readsTheTokenFromAFileOnlyItsOwnerCanRead() throws Exception {
        Path file = tokenFile("rw-------", TOKEN + "\n");

        Secret secret = new CredentialSource.FromFile(file).read();

        assertEquals(TOKEN, secret.reveal());
        assertEquals("file " + file, secret.origin());
    }

    @Test
    void refusesAFileReadableByGroupOrOthersWithoutQuotingIt() throws Exception {
        for (String mode : new String[] {"rw-r-----", "rw----r--"}) {
            Path file = tokenFile(mode, TOKEN);

            CredentialUnavailable refused =
                    assertThrows(CredentialUnavailable.class, () -> new CredentialSource.FromFile(file).read());

            assertEquals(
                    "file " + file + " is readable by group or others (" + mode + "); run chmod 600 on it",
                    refused.getMessage());
        }
    }

    @Test
    void aTokenFileThatIsALinkOutOfItsDirectoryIsRefused(@TempDir Path elsewhere) throws Exception {
        Path target = Files.writeString(elsewhere.resolve("other.token"), TOKEN);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("gitea.token"), target);

        CredentialUnavailable refused =
                assertThrows(CredentialUnavailable.class, () -> new CredentialSource.FromFile(link).read());

        assertEquals("file " + link + " is a link leading out of its directory; not read", refused.getMessage());
    }

    @Test
    void aMissingOrEmptyFileIsAClearErrorNamingTheFile() throws Exception {
        Path missing = dir.resolve("absent.token");
        assertEquals(
                "file " + missing + " does not exist or is not a regular file",
                assertThrows(CredentialUnavailable.class, () -> new CredentialSource.FromFile(missing).read())
                        .getMessage());
        Path empty = tokenFile("rw-------", "\n");
        assertEquals(
                "file " + empty + " is empty",
                assertThrows(CredentialUnavailable.class, () -> new CredentialSource.FromFile(empty).read())
                        .getMessage());
    }

    @Test
    void readsTheTokenFromTheNamedEnvironmentVariable() {
        Map<String, String> env = Map.of("GITEA_TOKEN", TOKEN);

        Secret secret = new CredentialSource.FromEnvironment("GITEA_TOKEN", env::get).read();

        assertEquals(TOKEN, secret.reveal());
        assertEquals("environment variable GITEA_TOKEN", secret.origin());
        assertThrows(
                CredentialUnavailable.class,
                () -> new CredentialSource.FromEnvironment("OTHER_TOKEN", env::get).read());
    }

    @Test
    void aSecretPrintedByMistakeShowsWhereItCameFromNotItsValue() throws Exception {
        Secret secret = new CredentialSource.FromFile(tokenFile("rw-------", TOKEN)).read();

        assertFalse(secret.toString().contains(TOKEN));
        assertFalse(String.valueOf(Optional.of(secret)).contains(TOKEN));
        assertTrue(secret.toString().startsWith("Secret[from file "));
    }

    @Test
    void exactlyOneConfiguredPlaceOrNone() {
        assertEquals(Optional.empty(), CredentialSource.of("command-center.gitea", Optional.empty(), Optional.of(" ")));
        assertEquals(
                "environment variable GITEA_TOKEN",
                CredentialSource.of("command-center.gitea", Optional.empty(), Optional.of("GITEA_TOKEN"))
                        .orElseThrow()
                        .describe());
        CredentialUnavailable both = assertThrows(
                CredentialUnavailable.class,
                () -> CredentialSource.of(
                        "command-center.gitea", Optional.of("config/gitea.token"), Optional.of("GITEA_TOKEN")));
        assertEquals(
                "command-center.gitea.token-file and command-center.gitea.token-env are both set; set exactly one",
                both.getMessage());
    }

    private Path tokenFile(String mode, String content) throws Exception {
        Path file = Files.createTempFile(dir, "gitea", ".token");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }
}
