package com.creditline.risk.scoring.scorecard;

/** How many goods and bads of the training data fell in a bin. */
record BinCount(Bin bin, int goods, int bads) {

    int applicants() {
        return goods + bads;
    }

    double badRate() {
        return applicants() == 0 ? 0 : (double) bads / applicants();
    }

    BinCount joinedWith(BinCount next) {
        return new BinCount(bin.joinedWith(next.bin), goods + next.goods, bads + next.bads);
    }
}
