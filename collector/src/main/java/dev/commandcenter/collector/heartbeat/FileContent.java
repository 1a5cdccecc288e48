package dev.commandcenter.collector.heartbeat;

/**
 * What reading one small file gave: its bytes, or why there are none.
 *
 * @param bytes   the content; null unless {@code problem} is null
 * @param problem {@code missing}, {@code too-large} or {@code unreadable}; null when read
 * @param detail  the problem in words
 */
public record FileContent(byte[] bytes, String problem, String detail) {

    public static FileContent read(byte[] bytes) {
        return new FileContent(bytes, null, null);
    }

    public static FileContent failed(String problem, String detail) {
        return new FileContent(null, problem, detail);
    }

    public boolean present() {
        return problem == null;
    }
}
