//! The process floor: a program that prints one line and exits, built by the same compiler and
//! profile as `appeal`. `bench/run.sh` times one case end to end as a multiple of it: what is
//! left above it is what `appeal` itself costs, not what starting any process costs here.
//!
//!     cargo run --release --example hello_world

fn main() {
    println!("hello, world");
}
