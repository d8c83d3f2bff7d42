#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    doingoai_fuzz::rulebook_layer::run(data);
});
