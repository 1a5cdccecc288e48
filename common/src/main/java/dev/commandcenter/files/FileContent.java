package dev.commandcenter.files;

/**
 * What reading one file gave: its bytes, or why there are none.
 *
 * @param bytes   the content; null unless {@code problem} is null
 * @param problem why there is no content; null when read
 * @param detail  the problem in words, naming the file and never quoting its content
 */
public record FileContent(byte[] bytes, FileProblem problem, String detail) {

    public static FileContent read(byte[] bytes) {
        return new FileContent(bytes, null, null);
    }

    public static FileContent failed(FileProblem problem, String detail) {
        return new FileContent(null, problem, detail);
    }

    public boolean present() {
        return problem == null;
    }
}
