package dev.commandcenter.sim;

import dev.commandcenter.query.brief.BriefContributor;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

/** The brief's contributors, as CDI would hand them over, for a brief wired by hand. */
public record BriefContributors(List<BriefContributor> list) implements Instance<BriefContributor> {
    public Iterator<BriefContributor> iterator() {
        return list.iterator();
    }

    public BriefContributor get() {
        return list.get(0);
    }

    public Instance<BriefContributor> select(Annotation... qualifiers) {
        return this;
    }

    public <U extends BriefContributor> Instance<U> select(Class<U> type, Annotation... q) {
        throw new UnsupportedOperationException();
    }

    public <U extends BriefContributor> Instance<U> select(TypeLiteral<U> type, Annotation... q) {
        throw new UnsupportedOperationException();
    }

    public boolean isUnsatisfied() {
        return list.isEmpty();
    }

    public boolean isAmbiguous() {
        return list.size() > 1;
    }

    public void destroy(BriefContributor instance) {}

    public Handle<BriefContributor> getHandle() {
        throw new UnsupportedOperationException();
    }

    public Iterable<? extends Handle<BriefContributor>> handles() {
        throw new UnsupportedOperationException();
    }
}
