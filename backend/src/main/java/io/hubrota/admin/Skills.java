package io.hubrota.admin;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Skills are matched by name against shift requirements, so one spelling: trimmed and lower case. */
final class Skills {

    private Skills() {
    }

    static Set<String> normalise(Collection<String> skills) {
        return skills.stream().map(skill -> skill.strip().toLowerCase(Locale.ROOT)).filter(skill -> !skill.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
