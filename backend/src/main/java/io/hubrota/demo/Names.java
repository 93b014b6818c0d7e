package io.hubrota.demo;

import java.util.List;

/** Given names and surnames reflecting the mixed backgrounds of the NHS primary care workforce in England. */
final class Names {

    static final List<String> GIVEN = List.of(
            "Aisha", "Adam", "Alice", "Amir", "Amy", "Andrew", "Anna", "Ben", "Bethany", "Catherine", "Chloe",
            "Chris", "Claire", "Daniel", "David", "Deepa", "Eilidh", "Eleanor", "Emma", "Fatima", "Fiona", "Gareth",
            "Grace", "Hannah", "Harriet", "Imran", "Isla", "James", "Jane", "Jennifer", "John", "Joseph", "Karen",
            "Kate", "Laura", "Liam", "Lucy", "Mark", "Martin", "Matthew", "Megan", "Michael", "Mohammed", "Nadia",
            "Neil", "Nicola", "Oliver", "Olivia", "Paul", "Priya", "Rachel", "Rajesh", "Rebecca", "Richard", "Ruth",
            "Sam", "Sarah", "Simon", "Sophie", "Stephen", "Thomas", "Tom", "Victoria", "Wei", "Zainab", "Zoe");

    static final List<String> SURNAMES = List.of(
            "Shah", "Smith", "Robson", "Armstrong", "Charlton", "Milburn", "Dodd", "Hall", "Bell", "Thompson",
            "Brown", "Wilson", "Taylor", "Patel", "Khan", "Ahmed", "Singh", "Nicholson", "Elliott", "Forster",
            "Scott", "Young", "Walker", "Wood", "Graham", "Ridley", "Heron", "Storey", "Anderson", "Henderson",
            "Murray", "Reed", "Fenwick", "Oliver", "Chen", "Okafor", "Adeyemi", "Kowalski", "Novak", "Murphy",
            "O'Brien", "Kelly", "Hussain", "Begum", "Iqbal", "Das", "Gupta", "Rao", "Lee", "Wright", "Green",
            "Jackson", "Clarke", "Harrison", "Hughes", "Edwards", "Marshall", "Pattinson", "Hedley", "Straughan",
            "Lamb", "Dixon", "Brewis", "Tait", "Common", "Snowdon", "Laidler", "Mason", "Moore", "Turnbull");

    private Names() {
    }
}
