package de.akn.workflow.member;

import de.akn.workflow.common.MemberKind;
import de.akn.workflow.common.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * A body of a member that decides or advises on joint measures: its council (Rat, Kreistag) or a committee
 * (Fachausschuss), e.g. {@code {"id": "ukm", "name": "Ausschuss für Umwelt, Klima und Mobilität", "kind":
 * "COMMITTEE"}}.
 */
@Embeddable
public class Body {

    /** COUNCIL: the council (decides); COMMITTEE: a committee (advises, or decides under delegated powers). */
    public enum Kind { COUNCIL, COMMITTEE }

    @Column(name = "body_id", nullable = false)
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    protected Body() {
    }

    /** Who decides when nobody said otherwise: the town's Rat; the Kreis' Kreistag; a partner: nobody. */
    public static String defaultCouncilName(MemberKind kind, String name) {
        return switch (kind) {
            case STADT, GEMEINDE -> Texts.text("member.council-body.town", "name", name);
            case KREIS -> Texts.text("member.council-body.kreis");
            case PARTNER -> null;
        };
    }

    public Body(String id, String name, Kind kind) {
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Body b && Objects.equals(id, b.id) && Objects.equals(name, b.name) && kind == b.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, kind);
    }
}
