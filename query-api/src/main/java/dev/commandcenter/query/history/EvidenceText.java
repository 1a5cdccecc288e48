package dev.commandcenter.query.history;

import java.util.List;

/** Evidence as the state ledger stores it: {@code o<seq>,<seq>;r<read id>,<read id>}. */
final class EvidenceText {

    private EvidenceText() {}

    static String of(Evidence evidence) {
        return "o" + join(evidence.observations()) + ";r" + join(evidence.reads());
    }

    static Evidence parse(String text) {
        int split = text.indexOf(';');
        return new Evidence(numbers(text, 1, split), numbers(text, split + 2, text.length()));
    }

    private static String join(List<Long> numbers) {
        StringBuilder out = new StringBuilder();
        for (Long n : numbers) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(n);
        }
        return out.toString();
    }

    /**
     * The comma-separated numbers of {@code text} between {@code from} and {@code to}, read in place: a
     * replay reads the evidence of every change of its window, thousands of seqs.
     */
    private static List<Long> numbers(String text, int from, int to) {
        if (from >= to) {
            return List.of();
        }
        int count = 1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        Long[] numbers = new Long[count];
        int n = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == ',') {
                numbers[n++] = Long.parseLong(text, start, i, 10);
                start = i + 1;
            }
        }
        return List.of(numbers);
    }
}
