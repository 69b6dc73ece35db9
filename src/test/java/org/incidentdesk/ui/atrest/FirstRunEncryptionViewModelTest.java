package org.incidentdesk.ui.atrest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The first-run encryption step offers "encrypt" only for a key long enough and typed the same twice. */
class FirstRunEncryptionViewModelTest {
    @Test
    void encryptIsOfferedOnlyForALongEnoughKeyTypedTwiceTheSame() {
        FirstRunEncryptionViewModel vm = new FirstRunEncryptionViewModel(8);
        assertEquals("dbkey.firstRun.tooShort", vm.problemProperty().get());
        assertFalse(vm.canEncryptProperty().get());

        vm.keyProperty().set("青溪值班𠮷𠮷𠮷");
        vm.againProperty().set("青溪值班𠮷𠮷𠮷");
        assertEquals("dbkey.firstRun.tooShort", vm.problemProperty().get(), "7 characters (𠮷 counts once)");

        vm.keyProperty().set("青溪值班𠮷𠮷𠮷𠮷");
        assertEquals("dbkey.firstRun.mismatch", vm.problemProperty().get());
        vm.againProperty().set("青溪值班𠮷𠮷𠮷𠮷");
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.canEncryptProperty().get());

        assertArrayEquals("青溪值班𠮷𠮷𠮷𠮷".toCharArray(), vm.takeKey());
        assertEquals("", vm.keyProperty().get(), "the fields are emptied once the key is taken");
        assertFalse(vm.canEncryptProperty().get());
    }
}
