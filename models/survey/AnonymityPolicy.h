#pragma once

#include <QCoreApplication>

#include <vector>

namespace candor {

// The one place that decides which survey figures anyone may see (PRODUCT.md, "Anonymity by design"). The GUI,
// the exports, the reports and the CLI all get their figures through SurveyFigures, which asks this policy.
//
// It reasons about groups of responses: a wave, a team's waves in a quarter, a department's teams in a quarter.
// Groups form a forest in which a group with parts is exactly the sum of its parts, so a viewer who sees a whole
// and all but one of its parts can compute the missing part by subtraction (counts, sums and so means alike).
class AnonymityPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AnonymityPolicy)
public:
    static constexpr int DefaultK = 5;
    static constexpr int MinimumK = 3;
    static constexpr int MaximumK = 10;
    static constexpr int MaximumCommentK = 50;

    struct Group
    {
        int parent = -1;     // index of the whole this group is a part of; -1 for none
        int respondents = 0; // responses in the group
        int k = DefaultK;    // the strictest threshold frozen by any wave in the group
    };

    // Which groups may be shown (true) and which are withheld (false), by index.
    //  1. Primary suppression: a group with fewer than its k respondents is withheld (an empty group too).
    //  2. Complementary suppression: a viewer who knows every shown group solves "whole = sum of parts" for any
    //     whole whose terms are all known but one, again and again until nothing more follows. If that reveals a
    //     withheld group, or the sum of a whole's unknown parts while they hold fewer than the strictest k among
    //     them, one more group in that whole is withheld: the shown part with the fewest respondents, or the whole
    //     itself when no part is shown. Repeat until nothing withheld can be worked out.
    //  3. The viewer may also combine equations across levels (a department minus a shown wave of each of two
    //     withheld teams leaves the teams' other waves together), so any sum of withheld groups that follows from
    //     the shown ones by any linear combination counts, not only those one-unknown steps reach.
    static std::vector<bool> visibility(const std::vector<Group> &groups);

    // True when a viewer who sees exactly the groups marked visible can work out a withheld group or a sum of
    // withheld parts that rests on fewer than k respondents (the check visibility() runs; public for tests).
    static bool leaks(const std::vector<Group> &groups, const std::vector<bool> &visible);

    // A response rate is shown only when at least k people were invited (and the figure itself is shown).
    static bool mayShowResponseRate(int invited, int k) { return invited >= k; }
    // Comments are shown only for a wave whose figures are shown and which has at least the comment threshold.
    static bool mayShowComments(bool waveVisible, int respondents, int commentK)
    {
        return waveVisible && respondents >= commentK;
    }
    static bool isValidK(int k) { return k >= MinimumK && k <= MaximumK; }
    static bool isValidCommentK(int k, int commentK) { return commentK >= k && commentK <= MaximumCommentK; }

    // "Withheld (k = 5)": what is shown in place of a withheld figure. It does not say whether the figure itself
    // was too small or was held back to protect another (complementary suppression): both are withheld alike.
    static QString withheldText(int k);
    // The sentence behind it, for notes and tooltips.
    static QString withheldExplanation(int k);
};

} // namespace candor
