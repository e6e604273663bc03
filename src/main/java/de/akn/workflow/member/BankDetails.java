package de.akn.workflow.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The account that receives a member's reimbursements (Kostenerstattungen); any part may be missing. */
@Embeddable
public record BankDetails(
        @Column(name = "iban") String iban,
        @Column(name = "bic") String bic,
        @Column(name = "bank_name") String bankName) {

    static final BankDetails NONE = new BankDetails(null, null, null);
}
