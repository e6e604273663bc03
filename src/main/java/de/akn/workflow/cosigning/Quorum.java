package de.akn.workflow.cosigning;

/** The quorum rule: a measure is adopted when at least {@code alliance.cosigning.min-signers} members sign. */
final class Quorum {

    private Quorum() {
    }

    static boolean reached(int signers, int minSigners) {
        return signers >= minSigners;
    }
}
