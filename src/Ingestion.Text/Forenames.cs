using System.Collections.Frozen;

namespace Ingestion.Text;

/// <summary>The grammatical gender a person's name or title suggests, for "he" and "she".</summary>
internal enum Gender
{
    Unknown,
    Female,
    Male,
}

/// <summary>
/// Common given names from many naming traditions, and gendered titles, so that "she" goes to the last woman
/// named rather than the last person, and so that an unknown single name ("Irina, a teacher, said") reads as a
/// person rather than an organisation. A name in both lists, or in neither, is <see cref="Gender.Unknown"/>.
/// </summary>
internal static class Forenames
{
    private static readonly FrozenSet<string> Female = FrozenSet.ToFrozenSet(
    [
        "Mary", "Maria", "Marie", "Anna", "Ana", "Anne", "Ann", "Elena", "Helen", "Helena", "Elizabeth", "Sarah", "Sara",
        "Laura", "Linda", "Susan", "Karen", "Lisa", "Nancy", "Margaret", "Patricia", "Jennifer", "Jessica", "Emily",
        "Emma", "Olivia", "Sophia", "Sofia", "Sophie", "Isabella", "Isabel", "Charlotte", "Amelia", "Grace", "Ruth",
        "Rachel", "Rebecca", "Hannah", "Claire", "Clara", "Catherine", "Katherine", "Kate", "Kathryn", "Caroline",
        "Diane", "Diana", "Julia", "Julie", "Christine", "Christina", "Angela", "Andrea", "Barbara", "Betty", "Dorothy",
        "Jane", "Janet", "Joan", "Joanna", "Judith", "Lucy", "Louise", "Victoria", "Alice", "Amy", "Rose", "Rosa",
        "Irina", "Olga", "Natalia", "Natasha", "Tatiana", "Svetlana", "Ekaterina", "Yulia", "Oksana", "Ingrid", "Astrid",
        "Kadri", "Greta", "Heidi", "Ursula", "Angelika", "Petra", "Eva", "Ewa", "Agnieszka", "Magdalena", "Zeynep",
        "Ayse", "Fatma", "Fatima", "Aisha", "Amina", "Leila", "Layla", "Mariam", "Maryam", "Noor", "Yasmin", "Zainab",
        "Priya", "Anjali", "Sunita", "Pooja", "Deepa", "Lakshmi", "Mei", "Ling", "Yuki", "Keiko", "Hana", "Ji-woo",
        "Esther", "Grace", "Wanjiru", "Achieng", "Chiara", "Giulia", "Francesca", "Lucia", "Carmen", "Pilar", "Elena",
        "Isabelle", "Camille", "Chloe", "Manon", "Ines", "Beatriz", "Fernanda", "Gabriela", "Valentina", "Daniela",
        "Bev", "Beverley", "Beverly", "Fiona", "Nicola", "Emma", "Gemma", "Kirsty", "Siobhan", "Aoife", "Niamh",
        "Samantha", "Michelle", "Stephanie", "Melissa", "Nicole", "Ashley", "Amanda", "Kimberly", "Donna", "Carol",
        "Sharon", "Deborah", "Cynthia", "Kamala", "Hillary", "Nancy", "Theresa", "Angela", "Ursula", "Giorgia",
        "Jacinda", "Liz", "Ilhan", "Alexandria", "Elise", "Nina", "Vera", "Sonia", "Sonja",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Male = FrozenSet.ToFrozenSet(
    [
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Daniel",
        "Matthew", "Mark", "Paul", "Peter", "Steven", "Stephen", "Steve", "Andrew", "Kenneth", "George", "Edward",
        "Brian", "Kevin", "Jason", "Jeffrey", "Ryan", "Gary", "Timothy", "Tim", "Tom", "Jose", "Juan", "Carlos",
        "Luis", "Miguel", "Antonio", "Manuel", "Pedro", "Francisco", "Javier", "Diego", "Alejandro", "Marco", "Marcus",
        "Luca", "Giuseppe", "Giovanni", "Pierre", "Jean", "Jacques", "Francois", "Louis", "Nicolas", "Emmanuel",
        "Hans", "Klaus", "Jurgen", "Wolfgang", "Olaf", "Friedrich", "Karl", "Stefan", "Tomasz", "Piotr", "Krzysztof",
        "Ivan", "Viktor", "Victor", "Vladimir", "Sergei", "Sergey", "Dmitry", "Alexei", "Mikhail", "Igor", "Oleksandr",
        "Volodymyr", "Mohamed", "Mohammed", "Muhammad", "Ahmed", "Ahmad", "Ali", "Omar", "Hassan", "Hussein", "Youssef",
        "Yusuf", "Karim", "Khalid", "Tariq", "Ibrahim", "Mustafa", "Abdullah", "Mahmoud", "Samir", "Recep", "Mehmet",
        "Rahul", "Raj", "Amit", "Arjun", "Narendra", "Naveed", "Imran", "Wei", "Jun", "Hiroshi", "Takeshi", "Kenji",
        "Min-jun", "Joe", "Joseph", "Danny", "Derek", "Elliot", "Elliott", "Harry", "Jack", "Oliver", "Harold",
        "Adebayo", "Daniel", "Kwame", "Emeka", "Chinedu", "Olusegun", "Cyril", "Jacob", "Uhuru", "William", "Abiy",
        "Jerome", "Donald", "Joe", "Barack", "Bill", "Boris", "Keir", "Emmanuel", "Olaf", "Xi", "Benjamin", "Ben",
        "Samuel", "Sam", "Simon", "Martin", "Anthony", "Tony", "Christopher", "Chris", "Patrick", "Sean", "Liam",
        "Noah", "Ethan", "Henry", "Frank", "Scott", "Eric", "Larry", "Dennis", "Jerry", "Walter", "Raymond", "Roger",
        "Gerald", "Keith", "Philip", "Phil", "Craig", "Graham", "Ian", "Alan", "Colin", "Neil", "Gordon", "Hamish",
        "Rishi", "Rand", "Mitch", "Chuck", "Ted", "Aaron", "Adam", "Alexander", "Alex", "Josh", "Joshua", "Nathan",
        "Justin", "Brandon", "Tyler", "Kyle", "Mike", "Dave", "Greg", "Jeff", "Fred", "Hugo", "Felix", "Lars", "Sven",
        "Anders", "Mats", "Erik", "Johan", "Jan", "Pieter", "Willem", "Dirk", "Rafael", "Fernando", "Ricardo", "Jorge",
        "Roberto", "Alberto", "Sergio", "Andres", "Gustavo", "Eduardo", "Abdel", "Fayez", "Khalifa", "Ismail", "Aziz",
        "Osama", "Bashar", "Hamid", "Reza", "Hossein", "Amir", "Ehsan",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FemaleTitles = FrozenSet.ToFrozenSet(
        ["Mrs", "Ms", "Miss", "Madam", "Madame", "Dame", "Lady", "Queen", "Princess", "Duchess", "Countess", "Sister",
         "Congresswoman", "Chairwoman", "Spokeswoman", "Baroness"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MaleTitles = FrozenSet.ToFrozenSet(
        ["Mr", "Sir", "Lord", "King", "Prince", "Duke", "Count", "Father", "Brother", "Congressman", "Chairman",
         "Spokesman", "Baron", "Sheikh", "Sheik", "Emir", "Pope", "Ayatollah"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is a given name we know.</summary>
    public static bool IsForename(string word) => Female.Contains(word) || Male.Contains(word);

    /// <summary>The gender a name ("Linda Park", "Mr Reid") or a title before it suggests.</summary>
    public static Gender Of(IEnumerable<string> nameTokens)
    {
        foreach (var raw in nameTokens)
        {
            var word = raw.TrimEnd('.', ',');
            if (FemaleTitles.Contains(word))
            {
                return Gender.Female;
            }

            if (MaleTitles.Contains(word))
            {
                return Gender.Male;
            }

            var female = Female.Contains(word);
            var male = Male.Contains(word);
            if (female != male)
            {
                return female ? Gender.Female : Gender.Male;
            }

            if (!Lexicon.IsTitle(word))
            {
                return Gender.Unknown; // only the first name (after titles) tells
            }
        }

        return Gender.Unknown;
    }

    /// <summary>The gender a pronoun asks for.</summary>
    public static Gender OfPronoun(string pronoun) => pronoun switch
    {
        "she" or "She" or "her" or "Her" => Gender.Female,
        "he" or "He" or "him" or "Him" or "his" or "His" => Gender.Male,
        _ => Gender.Unknown,
    };
}
