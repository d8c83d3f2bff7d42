#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    doingoai_fuzz::evaluate_activity::run(data);
});
