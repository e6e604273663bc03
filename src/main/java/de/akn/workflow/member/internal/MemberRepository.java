package de.akn.workflow.member.internal;

import de.akn.workflow.member.Member;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, String> {
}
