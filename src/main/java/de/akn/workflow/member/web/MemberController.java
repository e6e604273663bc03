package de.akn.workflow.member.web;

import de.akn.workflow.member.Member;
import de.akn.workflow.common.MemberKind;
import de.akn.workflow.member.MemberService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/members")
@Tag(name = "Mitglieder", description = "Der Kreis, die Mitgliedskommunen und der strategische Partner")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    @GetMapping
    @Operation(summary = "Alle Mitglieder der Allianz und der strategische Partner")
    List<MemberDto> list() {
        return members.findAll().stream().map(MemberDto::of).toList();
    }

    record MemberDto(String id, String name, MemberKind kind, Integer population, String email, boolean active) {
        static MemberDto of(Member m) {
            return new MemberDto(m.getId(), m.getName(), m.getKind(), m.getPopulation(), m.getEmail(), m.isActive());
        }
    }
}
