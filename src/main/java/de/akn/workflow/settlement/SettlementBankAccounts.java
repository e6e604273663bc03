package de.akn.workflow.settlement;

import de.akn.workflow.common.Texts;
import de.akn.workflow.member.Member;
import de.akn.workflow.member.MemberService;
import de.akn.workflow.settlement.internal.SettlementTransfer;
import de.akn.workflow.settlement.internal.SettlementTransfer.BankAccount;
import org.springframework.stereotype.Component;

/**
 * The payee's bank account of a transfer: taken from the member data when the settlement opens and kept with
 * the transfer, so that the claim letter, the payment form and a later copy of the letter name the same account
 * (a change of the member data afterwards does not redirect a requested payment).
 */
@Component
class SettlementBankAccounts {

    private final MemberService members;

    SettlementBankAccounts(MemberService members) {
        this.members = members;
    }

    /** The member's account now, or null if none is on record. */
    BankAccount of(String memberId) {
        return members.find(memberId).filter(m -> m.bankDetails().iban() != null)
                .map(m -> new BankAccount(m.bankDetails().iban(), m.bankDetails().bic(), m.bankDetails().bankName())).orElse(null);
    }

    /** The transfer's account as the payment form shows it. */
    String text(SettlementTransfer transfer) {
        Member payee = members.find(transfer.getPayee()).orElseThrow();
        BankAccount account = transfer.getPayeeAccount();
        return account == null ? Texts.text("settlement.bank.unknown", "member", payee.genitive())
                : Texts.text("settlement.bank", "holder", payee.getName(), "iban", account.iban(), "bic",
                        account.bic() == null ? "–" : account.bic(), "bank",
                        account.bankName() == null ? "–" : account.bankName());
    }
}
