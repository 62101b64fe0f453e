package com.alluressories.caredesk.chain;

import com.alluressories.caredesk.text.Refusal;

/** Something the chain will not or cannot do: a {@code chain.…} key and its arguments. */
public class ChainException extends Refusal {
    public ChainException(String key, Object... args) {
        super(key, args);
    }

    public ChainException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
