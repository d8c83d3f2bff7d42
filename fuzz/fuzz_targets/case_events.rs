#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    doingoai_fuzz::case_events::run(data);
});
